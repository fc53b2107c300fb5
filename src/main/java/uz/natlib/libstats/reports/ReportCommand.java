package uz.natlib.libstats.reports;

import java.io.PrintStream;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.Formats;
import uz.natlib.libstats.cli.Scripts;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.consolidation.ConsolidatedFigures;

/** {@code jobs/reports --year Y [--quarter Q] [--region CODE] [--script S] [--format F]}. */
@Component
public class ReportCommand implements CommandHandler<ReportCommand.Arguments> {

    @Command(name = "reports", description = """
            Render the reports of a quarter or a year as PDF, XLSX and CSV, and catalogue them.

            With --quarter: the quarterly consolidation of each region by district (or of --region
            only), the national one by region, and completeness and data quality of the quarter.
            Without --quarter: the national annual report with its charts, the profile of every
            district of the regions (or of --region), and completeness of quarter IV.
            The year is consolidated first if it never was. Files go to
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

        @Option(names = "--region", paramLabel = "CODE", converter = Converters.Region.class,
                description = "SOATO code of one region, e.g. 1706 (Bukhara)")
        String region;

        @Option(names = "--script", paramLabel = "cyrl|latn|both", converter = Scripts.Converter.class,
                description = "script of titles and labels: cyrl, latn or both (also written cyrl,latn; default cyrl)")
        Scripts scripts = Scripts.CYRL;

        @Option(names = "--format", paramLabel = "LIST", converter = Formats.Converter.class,
                description = "comma-separated: pdf, xlsx, csv (default pdf,xlsx,csv)")
        Formats formats = Formats.ALL;
    }

    private final JobOperator jobOperator;
    private final Job reportJob;
    private final ReportRun run;
    private final ConsolidatedFigures figures;

    ReportCommand(JobOperator jobOperator, Job reportJob, ReportRun run, ConsolidatedFigures figures) {
        this.jobOperator = jobOperator;
        this.reportJob = reportJob;
        this.run = run;
        this.figures = figures;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        Optional.ofNullable(arguments.region).ifPresent(code -> {
            if (figures.place(code).filter(p -> p.level().equals("region")).isEmpty()) {
                throw new UsageException("no region " + code + "; regions are "
                        + figures.children(ConsolidatedFigures.NATION).stream().map(p -> p.code()).toList());
            }
        });
        run.clear();
        JobExecution execution = jobOperator.start(reportJob, new JobParametersBuilder()
                .addLong("year", (long) arguments.year)
                .addLong("quarter", (long) (arguments.quarter != null ? arguments.quarter : 0))
                .addString("regions", arguments.region != null ? arguments.region : "")
                .addString("scripts", arguments.scripts.codes())
                .addString("formats", arguments.formats.codes())
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
