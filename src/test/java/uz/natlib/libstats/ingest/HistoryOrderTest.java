package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;

/**
 * The sample input taken in alphabetical order and in shuffled orders (each file under a folder
 * whose name sets its place in the intake): every file gets the same findings, the history
 * rules' included, and every feedback text says what the warehouse stored.
 */
@SpringBootTest
class HistoryOrderTest {

    private static final List<Path> SAMPLE_FOLDERS = List.of(Path.of("sample-input/1706-buxoro-viloyati"),
            Path.of("sample-input/flawed"));

    @Autowired
    IngestRuns ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Test
    void givenTheSampleInputInShuffledOrders_whenIngested_thenEveryFileGetsTheSameFindingsAsInOrder() throws Exception {
        Map<String, List<String>> inOrder = findingsAfterIngesting(samples());
        assertThat(inOrder.values().stream().flatMap(List::stream))
                .as("the sample input exercises every history rule")
                .anyMatch(f -> f.startsWith("StockJump")).anyMatch(f -> f.startsWith("OutsideOwnHistory"))
                .anyMatch(f -> f.startsWith("LooksCumulative"));

        for (long seed : new long[] {1, 2}) {
            List<Path> shuffled = new ArrayList<>(samples());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(findingsAfterIngesting(shuffled)).as("shuffled with seed %d", seed).isEqualTo(inOrder);
        }
    }

    private static List<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : SAMPLE_FOLDERS) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().matches("[0-9a-z].*\\.(xlsx|xls|csv)")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** Every file's findings by its name, after ingesting the files in this order in one run. */
    private Map<String, List<String>> findingsAfterIngesting(List<Path> files) throws Exception {
        TestWarehouse.empty(jdbc, properties);
        Path inbox = properties.home().resolve("inbox");
        for (int i = 0; i < files.size(); i++) {
            Path target = inbox.resolve(String.format("%03d", i)).resolve(files.get(i).getFileName().toString());
            Files.createDirectories(target.getParent());
            Files.copy(files.get(i), target);
            Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(60)));
        }

        assertThat(ingest.runOnce().completed()).isTrue();

        Map<String, List<String>> findings = new TreeMap<>();
        jdbc.sql("""
                        select s.id, s.original_name, s.status, s.stored_path from submission s
                        where s.status <> 'duplicate' order by s.id""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(row -> {
                    String name = row.get(1).substring(row.get(1).lastIndexOf('/') + 1);
                    List<String> stored = jdbc.sql("""
                                    select rule || '|' || coalesce(cell, '') || '|' || message_en
                                    from validation_finding where submission_id = ? order by id""")
                            .param(Long.parseLong(row.get(0))).query(String.class).list();
                    findings.put(name + " " + row.get(2), stored);
                    assertFeedbackSaysWhatWasStored(Path.of(row.get(3)), stored);
                });
        return findings;
    }

    private static void assertFeedbackSaysWhatWasStored(Path stored, List<String> findings) {
        Path text = stored.resolveSibling(stored.getFileName() + ".feedback.txt");
        String feedback;
        try {
            feedback = Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no feedback beside " + stored, e);
        }
        String english = feedback.substring(feedback.indexOf("== Result of the return check =="));
        long numbered = english.lines().filter(l -> l.matches("\\s+[0-9]+\\. \\[.*")).count();
        assertThat(numbered).as("findings listed in %s", text).isEqualTo(findings.size());
        for (String finding : findings) {
            String[] parts = finding.split("\\|", 3);
            assertThat(english).as("%s lists %s", text, parts[0]).contains(parts[0]);
        }
    }
}
