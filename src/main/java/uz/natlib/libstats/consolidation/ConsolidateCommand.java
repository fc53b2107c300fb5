package uz.natlib.libstats.consolidation;

import java.io.PrintStream;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
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
            completeness (districts expected = accepted + only rejected + nothing received; of the
            accepted, on time or late). Idempotent: running it twice
            gives the same figures. With --quarter Q, quarters Q to IV are recomputed (their year to
            date includes Q); without it, the whole year.
            Without --year: every year whose submissions changed since its last consolidation.
            One run of consolidateJob, one transaction per year; a failed run is restarted by the
            next one with the same arguments and goes on with the years not yet done.
            """)
    public static final class Arguments {
        @Option(names = "--year", paramLabel = "YEAR", converter = Converters.Year.class,
                description = "reporting year, e.g. 2021")
        Integer year;

        @Option(names = "--quarter", paramLabel = "Q", converter = Converters.Quarter.class, description = "quarter 1-4")
        Integer quarter;
    }

    private final ConsolidationRuns runs;
    private final ConsolidationService consolidation;

    ConsolidateCommand(ConsolidationRuns runs, ConsolidationService consolidation) {
        this.runs = runs;
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
