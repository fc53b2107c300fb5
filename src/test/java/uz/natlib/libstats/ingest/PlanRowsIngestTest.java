package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;

/**
 * A plan with a figure on a row that bears no plan, through the ingest on the real PostgreSQL:
 * the plan is accepted, that figure is not stored and the sender is told why, in both scripts and English.
 */
@SpringBootTest
class PlanRowsIngestTest {

    @Autowired
    IngestRuns ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @BeforeEach
    void emptyWarehouseAndFolders() throws IOException {
        TestWarehouse.empty(jdbc, properties);
    }

    private void dropPlan(String name, String... lines) throws IOException {
        Path file = properties.home().resolve("inbox").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "district;year;quarter;indicator;measure;value;note\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void givenAPlanFigureOnTheTotalCollection_whenIngested_thenAcceptedWithARowWithoutPlanWarningAndOnlyThePlannedRowStored()
            throws Exception {
        dropPlan("jondor_plan.csv",
                "1706246;2021;;1.1;titles;12000;",
                "1706246;2021;;10.3;readers;21;",
                "1706246;2021;;10.7;posts;1200;");

        IngestResult result = ingest.runOnce();

        assertThat(result.outcomes()).extracting(FileOutcome::outcome).containsExactly("accepted");
        List<String> stored = jdbc.sql("""
                select i.code || ' ' || v.measure_key || ' ' || v.value::int from plan_value v
                join indicator i on i.id = v.indicator_id order by i.ordinal""").query(String.class).list();
        assertThat(stored).containsExactly("10.3 readers 21", "10.7 posts 1200");
        assertThat(jdbc.sql("select value_count || ' ' || warning_count || ' ' || error_count from submission")
                .query(String.class).single()).isEqualTo("2 1 0");
        assertThat(jdbc.sql("select severity || ' ' || rule || ' ' || cell || ' ' || value_seen from validation_finding")
                .query(String.class).list()).containsExactly("warning RowWithoutPlan line 2 12000");
        Path feedback = properties.home().resolve("archive/2021/plan/jondor_plan.csv.feedback.txt");
        assertThat(feedback).content().contains("RowWithoutPlan", "1.1-қатор", "бу қаторга режа тузилмайди",
                "«12000» сақланмади", "bu qatorga reja tuzilmaydi", "«12000» saqlanmadi", "this row has no plan",
                "«12000» is not stored");
    }
}
