package uz.natlib.libstats.periods;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.OptionSpec;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/periods [--lock P] [--unlock P]}. */
@Component
public class PeriodsCommand implements CommandHandler {

    private static final String PERIOD = "20\\d\\d(Q[1-4])?";

    public static final CommandSpec SPEC = new CommandSpec("periods",
            "List the periods that have data, and lock or unlock one.",
            """
            A locked period's figures are final: a return for it is rejected (rule PeriodLocked)
            until the period is unlocked. Periods are written 2021Q3 (a quarter) or 2021 (a year's plan).
            """,
            List.of(OptionSpec.value("lock", "PERIOD", "lock a period, e.g. 2021Q1", OptionSpec.matching(PERIOD,
                            "a period such as 2021Q1 or 2021")),
                    OptionSpec.value("unlock", "PERIOD", "unlock a period", OptionSpec.matching(PERIOD,
                            "a period such as 2021Q1 or 2021"))),
            null);

    private final PeriodRepository locks;

    PeriodsCommand(PeriodRepository locks) {
        this.locks = locks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) {
        invocation.option("lock").ifPresent(p -> change(p, true));
        invocation.option("unlock").ifPresent(p -> change(p, false));
        out.println("period\taccepted files\tlocked since (Tashkent)");
        for (PeriodRepository.PeriodState state : locks.withData()) {
            out.println(state.code() + "\t" + state.accepted() + "\t" + (state.lockedAt() == null ? "" : state.lockedAt()));
        }
        return 0;
    }

    private void change(String period, boolean locked) {
        if (!locks.lock(period, locked)) {
            throw new UsageException("no period " + period);
        }
        System.err.println((locked ? "Locked " : "Unlocked ") + period);
    }
}
