package uz.natlib.libstats.templates;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Scripts;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.warehouse.PlanRepository;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.territory.TerritoryConverters;

/** {@code jobs/templates}: the blank workbooks districts fill in, one folder per region. */
@Component
public class TemplatesCommand implements CommandHandler<TemplatesCommand.Arguments> {

    @Command(name = "templates", description = """
            Write blank return and plan workbooks for districts to fill in.

            Without --quarter: for each district the annual plan workbook and the four quarterly
            return workbooks; with --quarter: that quarter's return only. Without --region and
            --district: every district and city of regional rank in the country. A return shows the
            district's accepted plan for the year, if any, beside the input cells. Files are written
            as DIR/<region code>/<district code>_<name>_<year>_plan.xlsx and ..._<year>_Q<q>.xlsx
            (with --script both, under DIR/cyrl/ and DIR/latn/); sheets are protected without a
            password, only the coloured input cells are editable.
            """)
    public static final class Arguments {
        @Option(names = "--year", required = true, paramLabel = "YEAR", converter = Converters.Year.class,
                description = "reporting year, e.g. 2021 (required)")
        int year;

        @Option(names = "--quarter", paramLabel = "Q", converter = Converters.Quarter.class,
                description = "quarter 1-4; without it, the plan and all four quarters")
        Integer quarter;

        @Option(names = "--region", paramLabel = "CODE", converter = TerritoryConverters.Region.class,
                description = "only this region's districts, e.g. 1706 (Bukhara)")
        String region;

        @Option(names = "--district", paramLabel = "CODE", converter = TerritoryConverters.District.class,
                description = "only this district, e.g. 1706246 (Jondor)")
        String district;

        @Option(names = "--script", paramLabel = "cyrl|latn|both", converter = Scripts.Converter.class,
                description = "script of labels and names: cyrl, latn or both (also written cyrl,latn; default cyrl)")
        Scripts scripts = Scripts.CYRL;

        @Option(names = "--format", paramLabel = "xlsx|xls", description = "workbook format (default xlsx)")
        WorkbookFormat format = WorkbookFormat.XLSX;

        @Option(names = "--out", required = true, paramLabel = "DIR", converter = Converters.OutputFolder.class,
                description = "folder to write into, created inside an existing folder (required)")
        Path out;
    }

    private final CatalogueRepository catalogues;
    private final TerritoryRepository territories;
    private final PlanRepository planRepository;

    TemplatesCommand(CatalogueRepository catalogues, TerritoryRepository territories, PlanRepository planRepository) {
        this.catalogues = catalogues;
        this.territories = territories;
        this.planRepository = planRepository;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        int year = arguments.year;
        Catalogue catalogue = catalogues.find(year).orElseThrow(() -> new UsageException(
                "no catalogue for " + year + "; catalogues exist for " + catalogues.years()));
        Optional<Integer> quarter = Optional.ofNullable(arguments.quarter);
        WorkbookFormat format = arguments.format;
        List<Integer> periods = quarter.<List<Integer>>map(List::of).orElse(Arrays.asList(null, 1, 2, 3, 4));
        Map<String, Map<ValueKey, BigDecimal>> plans = planRepository.ofAllDistricts(year);

        TemplateWriter writer = new TemplateWriter();
        long started = System.nanoTime();
        int files = 0;
        Districts territory = new Districts(territories.all());
        List<Territory> districts = select(territory, arguments);
        for (Script script : arguments.scripts.set().stream().sorted().toList()) {
            // Both scripts' workbooks have the same names: each script gets its own folder.
            Path dir = arguments.scripts.both() ? arguments.out.resolve(script.code()) : arguments.out;
            for (Territory district : districts) {
                Territory region = territory.regionOf(district);
                Map<ValueKey, BigDecimal> plan = plans.getOrDefault(district.code(), Map.of());
                for (Integer q : periods) {
                    Path file = dir.resolve(region.code()).resolve(
                            TemplateFiles.fileName(district, year, q, format.extension()));
                    writer.write(TemplateRequest.blank(catalogue, district, region, year, q, script, format,
                            plan), file);
                    out.println(file);
                    files++;
                }
            }
        }
        System.err.printf("%d workbook(s) for %d district(s) written under %s in %.1f s%n", files, districts.size(),
                arguments.out, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static List<Territory> select(Districts districts, Arguments arguments) {
        Optional<String> region = Optional.ofNullable(arguments.region);
        Optional<String> district = Optional.ofNullable(arguments.district);
        List<Territory> selected = new ArrayList<>();
        for (Territory r : districts.regions()) {
            if (region.map(r.code()::equals).orElse(true)) {
                districts.districtsOf(r.code()).stream()
                        .filter(d -> district.map(d.code()::equals).orElse(true))
                        .forEach(selected::add);
            }
        }
        if (selected.isEmpty()) {
            throw new UsageException("no district matches" + region.map(r -> " --region " + r).orElse("")
                    + district.map(d -> " --district " + d).orElse("") + "; see jobs/territory");
        }
        return selected;
    }
}
