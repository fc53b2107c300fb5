package uz.natlib.libstats.consolidation;

import java.io.PrintStream;
import java.util.List;

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

/** {@code jobs/consolidate --year Y [--quarter Q]}. */
@Component
public class ConsolidateCommand implements CommandHandler<ConsolidateCommand.Arguments> {

    @Command(name = "consolidate", description = """
            Consolidate a year: district, region and nation totals per quarter and year to date.

            Recomputes the whole year from the current (accepted, not superseded) submissions: every
            quarter and the year to date, plan fulfilment, change against the previous year, and
            completeness (expected, received, missing, on time, late). Idempotent: running it twice
            gives the same figures. With --quarter Q, quarters Q to IV are recomputed (their year to
            date includes Q); without it, the whole year.
            Without --year: every year whose submissions changed since its last consolidation.
            """)
    public static final class Arguments {
        @Option(names = "--year", paramLabel = "YEAR", converter = Converters.Year.class,
                description = "reporting year, e.g. 2021")
        Integer year;

        @Option(names = "--quarter", paramLabel = "Q", converter = Converters.Quarter.class, description = "quarter 1-4")
        Integer quarter;
    }

    private final JobOperator jobOperator;
    private final Job consolidateJob;
    private final ConsolidationService consolidation;

    ConsolidateCommand(JobOperator jobOperator, Job consolidateJob, ConsolidationService consolidation) {
        this.jobOperator = jobOperator;
        this.consolidateJob = consolidateJob;
        this.consolidation = consolidation;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        List<Integer> years = arguments.year != null ? List.of(arguments.year) : consolidation.changedYears();
        if (years.isEmpty()) {
            out.println("Nothing changed since the last consolidation.");
            return 0;
        }
        int fromQuarter = arguments.quarter != null ? arguments.quarter : 1;
        for (int year : years) {
            JobExecution execution = runFor(year, fromQuarter);
            out.printf("%d: %s, %d figures written (run %d)%n", year, execution.getStatus(),
                    execution.getStepExecutions().stream().mapToLong(s -> s.getWriteCount()).sum(),
                    execution.getStepExecutions().stream()
                            .mapToLong(s -> s.getExecutionContext().getLong("run", 0L)).max().orElse(0));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return 1;
            }
        }
        return 0;
    }

    public JobExecution runFor(int year) throws Exception {
        return runFor(year, 1);
    }

    public JobExecution runFor(int year, int fromQuarter) throws Exception {
        return jobOperator.start(consolidateJob, new JobParametersBuilder()
                .addLong("year", (long) year)
                .addLong("fromQuarter", (long) fromQuarter)
                .addLong("run.at", System.currentTimeMillis())
                .toJobParameters());
    }
}
