package uz.natlib.libstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.cli.CommandLineFace;

/** The main job on the sample input: files loaded, the year consolidated, the reports of Bukhara and the nation. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandTest {

    @Autowired
    RunCommand run;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    private String first;
    private String second;

    @BeforeAll
    void runTwice() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        first = runOnce();
        second = runOnce();
    }

    private String runOnce() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var arguments = CommandLineFace.arguments(RunCommand.Arguments.class,
                "sample-input", "--script", "cyrl", "--format", "csv");
        int status = run.run(arguments, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path report(String path) {
        return properties.home().resolve("reports").resolve(path);
    }

    @Test
    void givenTheSampleInput_whenRun_thenEveryFileIsDealtWithAndEveryPeriodOfBukharaAndTheNationIsReported() {
        assertThat(first).contains("Summary: 78 file(s) loaded, 16 rejected, 1 other; 1 year(s) consolidated");
        for (String quarter : List.of("2021Q1", "2021Q2", "2021Q3", "2021Q4")) {
            assertThat(report("2021/" + quarter + "/region-quarter_1706_cyrl.csv")).isNotEmptyFile();
            assertThat(report("2021/" + quarter + "/nation-quarter_17_cyrl.csv")).isNotEmptyFile();
            assertThat(report("2021/" + quarter + "/completeness_17_cyrl.csv")).isNotEmptyFile();
        }
        assertThat(report("2021/2021/nation-year_17_cyrl.csv")).isNotEmptyFile();
        assertThat(report("2021/2021/district-profile_1706246_cyrl.csv")).isNotEmptyFile();
    }

    @Test
    void givenJondorsPlan_whenReported_thenTheSeedsSectionXFiguresAreInItsProfileAndTheRegionalReport()
            throws Exception {
        String profile = Files.readString(report("2021/2021/district-profile_1706246_cyrl.csv"));
        String regional = Files.readString(report("2021/2021Q4/region-quarter_1706_cyrl.csv"));
        for (String[] plan : new String[][] {{"10.3", "21"}, {"10.5", "215"}, {"10.7", "1200"}, {"10.10", "7"}}) {
            assertThat(profile.lines().filter(l -> l.contains("," + plan[0] + "," + plan[0] + ",") && l.contains(",year-to-date,")))
                    .as(plan[0]).anySatisfy(l -> assertThat(l.split(",")).contains(plan[1]));
            assertThat(regional.lines().filter(l -> l.startsWith("1706246,") && l.contains(",year-to-date," + plan[0] + ",")))
                    .as(plan[0]).anySatisfy(l -> assertThat(l.split(",")).contains(plan[1]));
        }
    }

    @Test
    void givenTheSameInputAgain_whenRun_thenNothingLoadsNothingIsConsolidatedAndNoReportIsRedone() {
        assertThat(second).contains("Summary: 0 file(s) loaded, 0 rejected", "nothing changed since the last consolidation",
                "0 report file(s) written");
    }
}
