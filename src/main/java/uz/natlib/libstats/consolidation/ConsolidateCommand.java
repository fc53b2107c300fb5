package uz.natlib.libstats.consolidation;

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

/** {@code jobs/consolidate --year Y [--quarter Q]}. */
@Component
public class ConsolidateCommand implements CommandHandler {

    public static final CommandSpec SPEC = new CommandSpec("consolidate",
            "Consolidate a year: district, region and nation totals per quarter and year to date.",
            """
            Recomputes the whole year from the current (accepted, not superseded) submissions: every
            quarter and the year to date, plan fulfilment, change against the previous year, and
            completeness (expected, received, missing, on time, late). Idempotent: running it twice
            gives the same figures. With --quarter Q, quarters Q to IV are recomputed (their year to
            date includes Q); without it, the whole year.
            Without --year: every year whose submissions changed since its last consolidation.
            """,
            List.of(OptionSpec.value("year", "YEAR", "reporting year, e.g. 2021", OptionSpec.integerBetween(2000, 2100)),
                    OptionSpec.value("quarter", "Q", "quarter 1-4", OptionSpec.integerBetween(1, 4))),
            null);

    private final JobOperator jobOperator;
    private final Job consolidateJob;
    private final ConsolidationService consolidation;

    ConsolidateCommand(JobOperator jobOperator, Job consolidateJob, ConsolidationService consolidation) {
        this.jobOperator = jobOperator;
        this.consolidateJob = consolidateJob;
        this.consolidation = consolidation;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        List<Integer> years = invocation.intOption("year").map(List::of).orElseGet(consolidation::changedYears);
        if (years.isEmpty()) {
            out.println("Nothing changed since the last consolidation.");
            return 0;
        }
        int fromQuarter = invocation.intOption("quarter").orElse(1);
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
