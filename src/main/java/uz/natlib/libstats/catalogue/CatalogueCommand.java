package uz.natlib.libstats.catalogue;

import java.io.PrintStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/catalogue --year Y}: a year's indicator table as CSV, as the warehouse holds it. */
@Component
public class CatalogueCommand implements CommandHandler<CatalogueCommand.Arguments> {

    @Command(name = "catalogue", description = """
            Print a reporting year's indicator catalogue as CSV (UTF-8) on standard output.

            One row per indicator and "of which" part, in the paper form's order: stable code, the
            form's own number, section, parent, breakdown (complete: parts add up; partial: parts
            may not exceed the total), labels in Uzbek Cyrillic, Uzbek Latin and English, measures,
            flow or stock, periodicity, whether it carries a plan figure, whether it is qualitative.
            """)
    public static final class Arguments {
        @Option(names = "--year", required = true, paramLabel = "YEAR", converter = CatalogueYearConverter.class,
                description = "reporting year, e.g. 2021 (required)")
        int year;
    }

    private final CatalogueRepository catalogues;

    CatalogueCommand(CatalogueRepository catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        int year = arguments.year;
        Catalogue catalogue = catalogues.find(year).orElseThrow(() -> new UsageException(
                "no catalogue for " + year + "; catalogues exist for " + catalogues.years()));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("code", "seed_number", "section", "parent_code",
                "breakdown", "label_cyrl", "label_latn", "label_en", "unit_seed", "measures", "aggregation",
                "periodicity", "due_seed", "plan", "qualitative").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Indicator i : catalogue.indicators()) {
                csv.printRecord(i.code(), i.seedNumber(), i.section(), i.parentCode(), lower(i.breakdown()),
                        i.labelCyrl(), i.labelLatn(), i.labelEn(), i.unitSeed(), String.join("|", i.measures()),
                        lower(i.aggregation()), lower(i.periodicity()), i.dueSeed(), i.planBearing(),
                        i.qualitative());
            }
        }
        return 0;
    }

    private static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
