package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;

/**
 * README, "What is never done with a received file": a file named like another file's feedback
 * ({@code x.xlsx.feedback.txt}) is stored as {@code ….feedback.txt.sent}; two files of one name in one
 * run are stored as {@code name.xlsx} and {@code name-2.xlsx}.
 */
@SpringBootTest
class StoredNamesTest {

    private static final Path BUKHARA = Path.of("sample-input/1706-buxoro-viloyati");

    @Autowired
    IngestRuns ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    private void drop(Path from, String to) throws Exception {
        Path file = properties.home().resolve("inbox").resolve(to);
        Files.createDirectories(file.getParent());
        Files.copy(from, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void givenTwoFilesOfOneNameAndOneNamedLikeAFeedback_whenIngested_thenNeitherOverwritesAnother() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        drop(BUKHARA.resolve("1706246_jondor-tumani_2021_Q1.xlsx"), "from-jondor/q1.xlsx");
        drop(BUKHARA.resolve("1706204_olot-tumani_2021_Q1.xlsx"), "from-olot/q1.xlsx");
        Path text = Files.createTempFile("feedback", ".txt");
        Files.writeString(text, "not a return", StandardCharsets.UTF_8);
        drop(text, "q1.xlsx.feedback.txt");

        ingest.runOnce();

        Path archive = properties.home().resolve("archive/2021/Q1");
        assertThat(archive.resolve("q1.xlsx")).isRegularFile();
        assertThat(archive.resolve("q1-2.xlsx")).isRegularFile();
        // the two are the two districts' files, each once
        assertThat(List.of(Files.readAllBytes(archive.resolve("q1.xlsx")), Files.readAllBytes(archive.resolve("q1-2.xlsx"))))
                .containsExactlyInAnyOrder(Files.readAllBytes(BUKHARA.resolve("1706246_jondor-tumani_2021_Q1.xlsx")),
                        Files.readAllBytes(BUKHARA.resolve("1706204_olot-tumani_2021_Q1.xlsx")));
        assertThat(archive.resolve("q1.xlsx.feedback.txt")).isRegularFile();
        assertThat(archive.resolve("q1-2.xlsx.feedback.txt")).isRegularFile();
        List<Path> rejected;
        try (Stream<Path> walk = Files.walk(properties.home().resolve("rejected"))) {
            rejected = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(rejected).extracting(p -> p.getFileName().toString())
                .contains("q1.xlsx.feedback.txt.sent", "q1.xlsx.feedback.txt.sent.feedback.txt");
        assertThat(rejected.stream().filter(p -> p.getFileName().toString().equals("q1.xlsx.feedback.txt.sent")))
                .singleElement().satisfies(p -> assertThat(p).hasContent("not a return"));
        Files.delete(text);
    }
}
