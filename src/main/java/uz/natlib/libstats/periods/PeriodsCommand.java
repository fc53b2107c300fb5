package uz.natlib.libstats.periods;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.Converters;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/periods [--lock P] [--unlock P]}. */
@Component
public class PeriodsCommand implements CommandHandler<PeriodsCommand.Arguments> {

    private static final String PERIOD = "20\\d\\d(Q[1-4])?";

    @Command(name = "periods", description = """
            List the periods that have data, and lock or unlock one.

            A locked period's figures are final: a return for it is rejected (rule PeriodLocked)
            until the period is unlocked. Periods are written 2021Q3 (a quarter) or 2021 (a year's plan).
            """)
    public static final class Arguments {
        @Option(names = "--lock", paramLabel = "PERIOD", converter = Converters.PeriodCode.class,
                description = "lock a period, e.g. 2021Q1")
        String lock;

        @Option(names = "--unlock", paramLabel = "PERIOD", converter = Converters.PeriodCode.class,
                description = "unlock a period")
        String unlock;
    }

    private final PeriodRepository locks;

    PeriodsCommand(PeriodRepository locks) {
        this.locks = locks;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) {
        if (arguments.lock != null) {
            change(arguments.lock, true);
        }
        if (arguments.unlock != null) {
            change(arguments.unlock, false);
        }
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
