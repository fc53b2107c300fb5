package uz.natlib.libstats.reports;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.OptionSpec;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.consolidation.ConsolidationRuns;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;

/** {@code jobs/reports --year Y [--quarter Q] [--region CODE] [--script S] [--format F]}. */
@Component
public class ReportCommand implements CommandHandler {

    public static final CommandSpec SPEC = new CommandSpec("reports",
            "Render the reports of a quarter or a year as PDF, XLSX and CSV, and catalogue them.",
            """
            With --quarter: the quarterly consolidation of each region by district (or of --region
            only), the national one by region, and completeness and data quality of the quarter.
            Without --quarter: the national annual report with its charts, the profile of every
            district of the regions (or of --region), and completeness of quarter IV.
            The year is consolidated first if it never was. Files go to
            $LIBSTATS_HOME/reports/<year>/<period>/<type>_<territory>_<script>.<ext> and are listed in
            table report; a report made again replaces its file and its row. Formats: pdf, xlsx and
            csv (the long CSV and SDMX-CSV 2.0, <name>.sdmx.csv). Prints each file written.
            """,
            List.of(OptionSpec.required("year", "YEAR", "reporting year, e.g. 2021", OptionSpec.integerBetween(2000, 2100)),
                    OptionSpec.value("quarter", "Q", "quarter 1-4; without it, the year's reports",
                            OptionSpec.integerBetween(1, 4)),
                    OptionSpec.value("region", "CODE", "SOATO code of one region, e.g. 1706 (Bukhara)",
                            OptionSpec.matching("17\\d\\d", "a four-digit region SOATO code starting with 17")),
                    OptionSpec.value("script", "cyrl|latn", "script of titles and labels, or both: cyrl,latn (default cyrl)",
                            OptionSpec.matching("(cyrl|latn)(,(cyrl|latn))?", "cyrl, latn or cyrl,latn")),
                    OptionSpec.value("format", "LIST", "comma-separated: pdf, xlsx, csv (default pdf,xlsx,csv)",
                            OptionSpec.matching("(pdf|xlsx|csv)(,(pdf|xlsx|csv))*", "a list of pdf, xlsx, csv"))),
            null);

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
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        invocation.option("region").ifPresent(code -> {
            if (territories.find(code).filter(p -> p.level() == Territory.Level.REGION).isEmpty()) {
                throw new UsageException("no region " + code + "; regions are "
                        + territories.children(Territory.NATION).stream().map(p -> p.code()).toList());
            }
        });
        int year = invocation.intOption("year").orElseThrow();
        if (!service.isConsolidated(year)) {
            System.err.printf("%d has no consolidation yet: consolidating first%n", year);
            ConsolidationRuns.Result consolidated = consolidations.run(List.of(year), 1);
            if (!consolidated.completed()) {
                System.err.println("consolidateJob ended " + consolidated.execution().getStatus() + ": "
                        + consolidated.execution().getAllFailureExceptions());
                return 1;
            }
        }
        String period = invocation.intOption("quarter").map(q -> year + "Q" + q).orElse(Integer.toString(year));
        ReportRuns.Result result = reports.run(List.of(period),
                invocation.option("region").map(List::of).orElse(List.of()),
                ReportRequest.scripts(invocation.option("script").orElse("cyrl")),
                ReportFormat.parse(invocation.option("format").orElse("pdf,xlsx,csv")));
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
