package uz.natlib.libstats.consolidation;

import java.io.PrintStream;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
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

    private final ConsolidationRuns runs;
    private final ConsolidationService consolidation;

    ConsolidateCommand(ConsolidationRuns runs, ConsolidationService consolidation) {
        this.runs = runs;
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
        ConsolidationRuns.Result result = runs.run(years, fromQuarter);
        for (ConsolidationRuns.YearDone year : result.years()) {
            out.printf("%d: %s, %d figures written (run %d)%n", year.year(), BatchStatus.COMPLETED, year.figures(),
                    year.run());
        }
        if (!result.completed()) {
            out.printf("consolidateJob %s: %s%n", result.execution().getStatus(),
                    result.execution().getAllFailureExceptions());
            return 1;
        }
        return 0;
    }
}
