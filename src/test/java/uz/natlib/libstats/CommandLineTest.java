package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** The command-line face end to end: arguments, application start, output, exit status. */
class CommandLineTest {

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        stdout = run.stdout();
        stderr = run.stderr();
        return run.status();
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
        assertThat(stderr).contains("no catalogue for 2019", "[2021, 2022]");
    }

    @Test
    void givenBadArguments_whenRun_thenExitTwoBeforeAnythingStarts() {
        assertThat(run("catalogue", "--year", "twenty")).isEqualTo(2);
        assertThat(stderr).contains("Invalid value for option '--year': must be a whole number, not 'twenty'",
                "Try 'jobs/catalogue --help'");
        assertThat(run("catalogue")).isEqualTo(2);
        assertThat(run("nonsense")).isEqualTo(2);
    }

    @Test
    void givenHelp_whenRun_thenUsageOnStandardOutputAndExitZero() {
        assertThat(run("territory", "--help")).isZero();
        assertThat(stdout).startsWith("Usage: jobs/territory [-h] [--region=CODE]");
    }
}
