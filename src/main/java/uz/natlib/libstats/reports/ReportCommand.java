package uz.natlib.libstats.reports;

import java.io.PrintStream;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.OptionSpec;
import uz.natlib.libstats.cli.UsageException;
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

    private final JobOperator jobOperator;
    private final Job reportJob;
    private final ReportRun run;
    private final TerritoryRepository territories;

    ReportCommand(JobOperator jobOperator, Job reportJob, ReportRun run, TerritoryRepository territories) {
        this.jobOperator = jobOperator;
        this.reportJob = reportJob;
        this.run = run;
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
        run.clear();
        JobExecution execution = jobOperator.start(reportJob, new JobParametersBuilder()
                .addLong("year", (long) invocation.intOption("year").orElseThrow())
                .addLong("quarter", (long) invocation.intOption("quarter").orElse(0))
                .addString("regions", invocation.option("region").orElse(""))
                .addString("scripts", invocation.option("script").orElse("cyrl"))
                .addString("formats", invocation.option("format").orElse("pdf,xlsx,csv"))
                .addLong("run.at", System.currentTimeMillis())
                .toJobParameters());
        for (ReportFile file : run.files()) {
            out.println(file.path());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            if (failure instanceof IllegalArgumentException bad) {
                throw new UsageException(bad.getMessage());
            }
            System.err.println("reportJob ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
            return 1;
        }
        System.err.printf("%d file(s) written%n", run.files().size());
        return 0;
    }
}
