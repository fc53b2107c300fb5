package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command-line face end to end: arguments, application start, output, exit status. */
class CommandLineTest {

    private String stdout;
    private String stderr;

    private int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            return LibstatsApplication.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
            stdout = outBytes.toString(StandardCharsets.UTF_8);
            stderr = errBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void givenBukhara_whenTerritoryListed_thenTheRegionAndItsThirteenUnitsIncludingJondor() {
        assertThat(run("territory", "--region", "1706")).isZero();
        assertThat(stdout.lines().skip(1)).hasSize(14);
        assertThat(stdout).contains("1706246\tdistrict\tdistrict\tJondor tumani\tЖондор тумани");
    }

    @Test
    void givenYear2021_whenCatalogueListed_thenCsvWithAHeaderAndEveryRow() {
        assertThat(run("catalogue", "--year", "2021")).isZero();
        assertThat(stdout.lines().findFirst()).contains(
                "code,seed_number,section,parent_code,breakdown,label_cyrl,label_latn,label_en,unit_seed,measures,"
                        + "aggregation,periodicity,due_seed,plan,qualitative");
        assertThat(stdout).contains("10.10,10.10,X,");
    }

    @Test
    void givenAYearWithoutCatalogue_whenCatalogueListed_thenExitTwoWithTheYearsThatExist() {
        assertThat(run("catalogue", "--year", "2019")).isEqualTo(2);
        assertThat(stderr).contains("no catalogue for 2019", "[2021]");
    }

    @Test
    void givenBadArguments_whenRun_thenExitTwoBeforeAnythingStarts() {
        assertThat(run("catalogue", "--year", "twenty")).isEqualTo(2);
        assertThat(stderr).contains("--year must be a whole number", "Try 'jobs/catalogue --help'");
        assertThat(run("catalogue")).isEqualTo(2);
        assertThat(run("nonsense")).isEqualTo(2);
    }

    @Test
    void givenHelp_whenRun_thenUsageOnStandardOutputAndExitZero() {
        assertThat(run("territory", "--help")).isZero();
        assertThat(stdout).startsWith("Usage: jobs/territory [--region CODE]");
    }
}
