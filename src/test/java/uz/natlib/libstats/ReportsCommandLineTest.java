package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@code jobs/reports} from the command line: help and bad arguments, answered before start-up. */
class ReportsCommandLineTest {

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
    void givenHelp_whenAsked_thenTheOptionsAndWhereTheFilesGo() {
        assertThat(run("reports", "--help")).isZero();
        assertThat(stdout).contains("Usage: jobs/reports [--year YEAR] [--quarter Q] [--region CODE]",
                "$LIBSTATS_HOME/reports/<year>/<period>/<type>_<territory>_<script>.<ext>");
    }

    @Test
    void givenBadArguments_whenRun_thenExitTwo() {
        assertThat(run("reports", "--quarter", "2")).isEqualTo(2);
        assertThat(stderr).contains("--year YEAR is required");
        assertThat(run("reports", "--year", "2021", "--format", "pdf,doc")).isEqualTo(2);
        assertThat(stderr).contains("--format must be a list of pdf, xlsx, csv");
        assertThat(run("reports", "--year", "2021", "--script", "arab")).isEqualTo(2);
    }
}
