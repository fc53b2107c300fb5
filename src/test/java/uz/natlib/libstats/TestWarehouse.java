package uz.natlib.libstats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.home.LibstatsProperties;

/** Tests that load files share one database per run: each starts from an empty warehouse. */
public final class TestWarehouse {

    private TestWarehouse() {
    }

    /** No submissions, no consolidation, no files in the data folder's folders. */
    public static void empty(JdbcClient jdbc, LibstatsProperties properties) throws IOException {
        jdbc.sql("delete from report").update();
        jdbc.sql("delete from consolidated_value").update();
        jdbc.sql("delete from completeness").update();
        jdbc.sql("delete from consolidation_run_submission").update();
        for (String table : new String[] {"data_value", "plan_value", "data_status", "validation_finding"}) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update submission set superseded_by = null, duplicate_of = null").update();
        jdbc.sql("delete from submission").update();
        jdbc.sql("delete from consolidation_run").update();
        for (String folder : new String[] {"inbox", "work", "archive", "rejected", "duplicates"}) {
            Path dir = properties.home().resolve(folder);
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

}
