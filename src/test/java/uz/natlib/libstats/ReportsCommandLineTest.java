package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** {@code jobs/reports} from the command line: help and bad arguments, answered before start-up. */
class ReportsCommandLineTest {

    private String stdout;
    private String stderr;

    private int run(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        stdout = run.stdout();
        stderr = run.stderr();
        return run.status();
    }

    @Test
    void givenHelp_whenAsked_thenTheOptionsAndWhereTheFilesGo() {
        assertThat(run("reports", "--help")).isZero();
        assertThat(stdout).contains("Usage: jobs/reports [-h] --year=YEAR [--quarter=Q] [--region=CODE]",
                "$LIBSTATS_HOME/reports/<year>/<period>/<type>_<territory>_<script>.<ext>");
    }

    @Test
    void givenBadArguments_whenRun_thenExitTwo() {
        assertThat(run("reports", "--quarter", "2")).isEqualTo(2);
        assertThat(stderr).contains("Missing required option: '--year=YEAR'");
        assertThat(run("reports", "--year", "2021", "--format", "pdf,doc")).isEqualTo(2);
        assertThat(stderr).contains("Invalid value for option '--format': must be a list of pdf, xlsx, csv");
        assertThat(run("reports", "--year", "2021", "--script", "arab")).isEqualTo(2);
    }
}
