package uz.natlib.libstats.reports;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.Scripts;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.consolidation.ConsolidationRuns;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.territory.TerritoryConverters;

/** {@code jobs/reports --year Y [--quarter Q] [--region CODE] [--script S] [--format F]}. */
@Component
public class ReportCommand implements CommandHandler<ReportCommand.Arguments> {

    @Command(name = "reports", description = """
            Render the reports of a quarter or a year as PDF, XLSX and CSV, and catalogue them.

            With --quarter: the quarterly consolidation of each region by district (or of --region
            only), the national one by region, and completeness and data quality of the quarter.
            Without --quarter: the national annual report with its charts, the profile of every
            district of the regions (or of --region), and completeness of quarter IV.
            Only regions and districts with data are reported on (an accepted return for the quarter;
            for the year, a return or a plan); a period, or a --region, without any is refused with
            exit status 2 and nothing written.
            The year is consolidated first (consolidateJob) if it never was. Files go to
            $LIBSTATS_HOME/reports/<year>/<period>/<type>_<territory>_<script>.<ext> and are listed in
            table report; a report made again replaces its file and its row. Formats: pdf, xlsx and
            csv (the long CSV and SDMX-CSV 2.0, <name>.sdmx.csv). Prints each file written.
            """)
    public static final class Arguments {
        @Option(names = "--year", required = true, paramLabel = "YEAR", converter = Converters.Year.class,
                description = "reporting year, e.g. 2021 (required)")
        int year;

        @Option(names = "--quarter", paramLabel = "Q", converter = Converters.Quarter.class,
                description = "quarter 1-4; without it, the year's reports")
        Integer quarter;

        @Option(names = "--region", paramLabel = "CODE", converter = TerritoryConverters.Region.class,
                description = "SOATO code of one region, e.g. 1706 (Bukhara)")
        String region;

        @Option(names = "--script", paramLabel = "cyrl|latn|both", converter = Scripts.Converter.class,
                description = "script of titles and labels: cyrl, latn or both (also written cyrl,latn; default cyrl)")
        Scripts scripts = Scripts.CYRL;

        @Option(names = "--format", paramLabel = "LIST", converter = Formats.Converter.class,
                description = "comma-separated: pdf, xlsx, csv (default pdf,xlsx,csv)")
        Formats formats = Formats.ALL;
    }

    private final ReportRuns reports;
    private final ConsolidationRuns consolidations;
    private final ReportService service;
    private final TerritoryRepository territories;

    ReportCommand(ReportRuns reports, ConsolidationRuns consolidations, ReportService service,
                  TerritoryRepository territories) {
        this.reports = reports;
        this.consolidations = consolidations;
        this.service = service;
        this.territories = territories;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        if (arguments.region != null
                && territories.find(arguments.region).filter(p -> p.level() == Territory.Level.REGION).isEmpty()) {
            throw new UsageException("no region " + arguments.region + "; regions are "
                    + territories.children(Territory.NATION).stream().map(p -> p.code()).toList());
        }
        int year = arguments.year;
        List<String> regions = arguments.region != null ? List.of(arguments.region) : List.of();
        service.nothingToReport(year, arguments.quarter, regions).ifPresent(nothing -> {
            throw new UsageException(nothing);
        });
        if (!service.isConsolidated(year)) {
            System.err.printf("%d has no consolidation yet: consolidating first%n", year);
            ConsolidationRuns.Result consolidated = consolidations.run(List.of(year), 1);
            if (!consolidated.completed()) {
                System.err.println("consolidateJob ended " + consolidated.execution().getStatus() + ": "
                        + consolidated.execution().getAllFailureExceptions());
                return 1;
            }
        }
        Period period = arguments.quarter != null ? Period.ofQuarter(year, arguments.quarter) : Period.ofYear(year);
        ReportRuns.Result result = reports.run(List.of(period.code()), regions, arguments.scripts.set(),
                arguments.formats.set());
        for (WrittenFile file : result.files()) {
            out.println(file.path());
        }
        if (!result.completed()) {
            Throwable failure = result.execution().getAllFailureExceptions().stream().findFirst().orElse(null);
            if (failure instanceof IllegalArgumentException bad) {
                throw new UsageException(bad.getMessage());
            }
            System.err.println("reportJob ended " + result.execution().getStatus() + ": "
                    + result.execution().getAllFailureExceptions());
            return 1;
        }
        System.err.printf("%d file(s) written%n", result.files().size());
        return 0;
    }
}
