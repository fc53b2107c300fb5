package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Help and bad arguments are answered by picocli alone: the application context (and with it the
 * embedded PostgreSQL) is never started. Checked by handing the command line a starter that counts,
 * not by timing, which would be flaky on a busy machine.
 */
class CommandLineFaceTest {

    private static final List<String> COMMANDS = List.of("run", "catalogue", "territory", "templates", "ingest",
            "samples", "periods", "consolidate", "reports", "time-series", "benchmark");

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "templates", List.of("--year=YEAR", "--out=DIR"),
            "reports", List.of("--year=YEAR"),
            "time-series", List.of("--territory=CODE", "--from=YEAR", "--to=YEAR"),
            "samples", List.of("--out=DIR"));

    private final AtomicInteger started = new AtomicInteger();

    private CommandLineRun run(String... args) {
        return CommandLineRun.of(() -> {
            started.incrementAndGet();
            throw new AssertionError("the application context was started");
        }, args);
    }

    static Stream<String> commands() {
        return COMMANDS.stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void givenHelp_whenAsked_thenUsageOnStandardOutputExitZeroAndNothingStarted(String command) {
        for (String help : List.of("--help", "-h")) {
            CommandLineRun run = run(command, help);
            assertThat(run.status()).as(help).isZero();
            // picocli folds short flags together: [-h], or [-vh] where there is a -v too
            assertThat(run.stdout()).containsPattern("^Usage: jobs/" + command + " \\[-[a-z]*h\\]")
                    .contains("show this help and exit", "Exit status:", "2   bad arguments", "$LIBSTATS_HOME");
            assertThat(run.stderr()).isEmpty();
        }
        assertThat(started).hasValue(0);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void givenHelp_whenAsked_thenRequiredOptionsAreShownWithoutBracketsAndOthersWithin(String command) {
        String usage = run(command, "--help").stdout();
        String synopsis = usage.substring(0, usage.indexOf("\n\n"));
        for (String required : REQUIRED.getOrDefault(command, List.of())) {
            assertThat(synopsis).contains(" " + required).doesNotContain("[" + required + "]");
        }
        assertThat(usage).contains(REQUIRED.containsKey(command) ? "(required)" : "Usage:");
        if (!REQUIRED.containsKey(command)) {
            assertThat(usage).doesNotContain("(required)");
        }
    }

    @Test
    void givenHelpWithoutACommand_thenEveryCommandIsListedWithItsSummary() {
        CommandLineRun run = run("--help");
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).contains("Commands:", "catalogue    The years' indicator tables: list them, export one as CSV",
                "benchmark    Measure ingest speed");
        COMMANDS.forEach(c -> assertThat(run.stdout()).contains("  " + c + " "));
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(new String[] {"run", "/nonexistent"}, "no such folder: /nonexistent"),
                Arguments.of(new String[] {"ingest", "/nonexistent"}, "no such folder: /nonexistent"),
                Arguments.of(new String[] {"catalogue", "--year", "1999"}, "'--year': must be between 2000 and 2100, not 1999"),
                Arguments.of(new String[] {"catalogue", "--year", "twenty"}, "'--year': must be a whole number, not 'twenty'"),
                Arguments.of(new String[] {"catalogue", "import", "a.csv", "b.csv"}, "Unmatched argument"),
                Arguments.of(new String[] {"catalogue", "import", "--year", "2022"}, "import needs the table's FILE"),
                Arguments.of(new String[] {"catalogue", "import", "t.csv"}, "import needs --year"),
                Arguments.of(new String[] {"catalogue", "frobnicate", "--year", "2022"}, "ACTION is list, export or import, not 'frobnicate'"),
                Arguments.of(new String[] {"catalogue", "export", "t.csv", "--year", "2022"}, "only import takes a FILE"),
                Arguments.of(new String[] {"templates", "--year", "1999", "--out", "target"}, "must be between 2000 and 2100"),
                Arguments.of(new String[] {"reports", "--year", "2021", "--region", "1799"}, "no region 1799; regions are [1703,"),
                Arguments.of(new String[] {"territory", "--region", "1799"}, "no region 1799"),
                Arguments.of(new String[] {"templates", "--year", "2021", "--region", "1799", "--out", "target"},
                        "no region 1799"),
                Arguments.of(new String[] {"templates", "--year", "2021", "--district", "1706999", "--out", "target"},
                        "no district 1706999"),
                Arguments.of(new String[] {"templates", "--year", "2021", "--out", "/nonexistent/parent/dir"},
                        "'--out': no such folder: /nonexistent/parent"),
                Arguments.of(new String[] {"samples", "--out", "/nonexistent/parent/dir"}, "no such folder: /nonexistent/parent"),
                Arguments.of(new String[] {"samples", "--out", "target", "--regions", "1706,1799"}, "no region 1799"),
                Arguments.of(new String[] {"reports", "--year", "21"}, "'--year': must be between 2000 and 2100, not 21"),
                Arguments.of(new String[] {"reports", "--year", "2021", "--quarter", "5"}, "must be between 1 and 4, not 5"),
                Arguments.of(new String[] {"reports", "--year", "2021", "--script", "arab"}, "must be cyrl, latn or both, not 'arab'"),
                Arguments.of(new String[] {"reports", "--year", "2021", "--format", "pdf,doc"}, "must be a list of pdf, xlsx, csv"),
                Arguments.of(new String[] {"time-series", "--territory", "1706", "--from", "2022", "--to", "2021"},
                        "--from 2022 comes after --to 2021"),
                Arguments.of(new String[] {"time-series", "--territory", "1706", "--from", "2011", "--to", "2021"},
                        "at most 10 years, not 11 (2011-2021)"),
                Arguments.of(new String[] {"time-series", "--territory", "1799", "--from", "2021", "--to", "2021"},
                        "no territory 1799"),
                Arguments.of(new String[] {"time-series", "--territory", "1706", "--from", "2021", "--to", "2021",
                        "--chart", "1,2,3,4,5,6,7,8,9"}, "at most 8 charts, not 9 codes"),
                Arguments.of(new String[] {"consolidate", "--quarter", "x"}, "must be a whole number, not 'x'"),
                Arguments.of(new String[] {"periods", "--lock", "2021Q5"}, "must be a period such as 2021Q1 or 2021"),
                Arguments.of(new String[] {"samples", "--out", "target", "--threads", "0"}, "must be between 1 and 64"),
                Arguments.of(new String[] {"benchmark", "--returns", "200,many"}, "must be a whole number, not 'many'"),
                Arguments.of(new String[] {"territory", "--colour", "red"}, "Unknown options: '--colour', 'red'"),
                Arguments.of(new String[] {"run", "sample-input", "sample-input"}, "Unmatched argument"),
                Arguments.of(new String[] {"nonsense"}, "unknown command 'nonsense'; commands: run, catalogue"),
                Arguments.of(new String[] {}, "no command given; commands: run, catalogue"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void givenBadArguments_whenRun_thenExitTwoWithTheReasonAndNothingStarted(String[] args, String reason) {
        CommandLineRun run = run(args);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).contains(reason);
        assertThat(run.stdout()).isEmpty();
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            assertThat(run.stderr()).startsWith("libstats " + args[0] + ": ").contains("Try 'jobs/" + args[0] + " --help'.");
        }
        assertThat(started).hasValue(0);
    }

    @Test
    void givenGoodArguments_whenRun_thenTheApplicationIsStartedForTheBody() {
        // The counting starter fails the start: a failure of the command, exit 1, not a usage error.
        CommandLineRun run = CommandLineRun.of(() -> {
            started.incrementAndGet();
            throw new IllegalStateException("no database here");
        }, "catalogue", "--year", "2021");
        assertThat(started).hasValue(1);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains("libstats catalogue failed: no database here");
    }
}
