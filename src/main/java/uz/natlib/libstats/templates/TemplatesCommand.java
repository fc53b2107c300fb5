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

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueRepository;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.OptionSpec;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.vocabulary.Script;

/** {@code jobs/templates}: the blank workbooks districts fill in, one folder per region. */
@Component
public class TemplatesCommand implements CommandHandler {

    public static final CommandSpec SPEC = new CommandSpec("templates",
            "Write blank return and plan workbooks for districts to fill in.",
            """
            Without --quarter: for each district the annual plan workbook and the four quarterly
            return workbooks; with --quarter: that quarter's return only. Without --region and
            --district: every district and city of regional rank in the country. A return shows the
            district's accepted plan for the year, if any, beside the input cells. Files are written
            as DIR/<region code>/<district code>_<name>_<year>_plan.xlsx and ..._<year>_Q<q>.xlsx;
            sheets are protected without a password, only the coloured input cells are editable.
            """,
            List.of(OptionSpec.required("year", "YEAR", "reporting year, e.g. 2021", OptionSpec.integerBetween(2000, 2100)),
                    OptionSpec.value("quarter", "Q", "quarter 1-4; without it, the plan and all four quarters",
                            OptionSpec.integerBetween(1, 4)),
                    OptionSpec.value("region", "CODE", "only this region's districts, e.g. 1706 (Bukhara)",
                            OptionSpec.matching("17\\d\\d", "a four-digit region SOATO code starting with 17")),
                    OptionSpec.value("district", "CODE", "only this district, e.g. 1706246 (Jondor)",
                            OptionSpec.matching("17\\d{5}", "a seven-digit district SOATO code starting with 17")),
                    OptionSpec.value("script", "cyrl|latn", "script of labels and names (default cyrl)",
                            OptionSpec.oneOf("cyrl", "latn")),
                    OptionSpec.value("format", "xlsx|xls", "workbook format (default xlsx)", OptionSpec.oneOf("xlsx", "xls")),
                    OptionSpec.required("out", "DIR", "folder to write into", v -> null)),
            null);

    private final CatalogueRepository catalogues;
    private final TerritoryRepository territories;
    private final PlanFigures planFigures;

    TemplatesCommand(CatalogueRepository catalogues, TerritoryRepository territories, PlanFigures planFigures) {
        this.catalogues = catalogues;
        this.territories = territories;
        this.planFigures = planFigures;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        int year = invocation.intOption("year").orElseThrow();
        Catalogue catalogue = catalogues.find(year).orElseThrow(() -> new UsageException(
                "no catalogue for " + year + "; catalogues exist for " + catalogues.years()));
        Optional<Integer> quarter = invocation.intOption("quarter");
        Script script = Script.of(invocation.option("script").orElse("cyrl"));
        WorkbookFormat format = WorkbookFormat.of(invocation.option("format").orElse("xlsx"));
        Path dir = Path.of(invocation.option("out").orElseThrow());
        List<Integer> periods = quarter.<List<Integer>>map(List::of).orElse(Arrays.asList(null, 1, 2, 3, 4));
        Map<String, Map<ValueKey, BigDecimal>> plans = planFigures.ofAllDistricts(year);

        TemplateWriter writer = new TemplateWriter();
        long started = System.nanoTime();
        int files = 0;
        Districts territory = new Districts(territories.all());
        List<Territory> districts = select(territory, invocation);
        for (Territory district : districts) {
            Territory region = territory.regionOf(district);
            Map<ValueKey, BigDecimal> plan = plans.getOrDefault(district.code(), Map.of());
            for (Integer q : periods) {
                Path file = dir.resolve(region.code()).resolve(
                        TemplateFiles.fileName(district, year, q, format.extension()));
                writer.write(TemplateRequest.blank(catalogue, district, region, year, q, script, format, plan), file);
                out.println(file);
                files++;
            }
        }
        System.err.printf("%d workbook(s) for %d district(s) written under %s in %.1f s%n", files, districts.size(),
                dir, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static List<Territory> select(Districts districts, Invocation invocation) {
        Optional<String> region = invocation.option("region");
        Optional<String> district = invocation.option("district");
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
