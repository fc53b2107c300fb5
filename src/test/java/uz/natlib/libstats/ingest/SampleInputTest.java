package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.home.LibstatsProperties;

/**
 * {@code jobs/ingest sample-input} as a test: every good file loads, every flawed file gets the
 * outcome and rule that sample-input/flawed/EXPECTED.csv promises, and a second run loads nothing.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleInputTest {

    private static final Path SAMPLES = Path.of("sample-input");

    @Autowired
    IngestRuns ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    private List<FileOutcome> firstRun;
    private List<FileOutcome> secondRun;

    @BeforeAll
    void ingestSampleInputTwice() throws Exception {
        uz.natlib.libstats.TestWarehouse.empty(jdbc, properties);
        ingest.copyIntoInbox(SAMPLES);
        firstRun = ingest.runOnce().outcomes();
        ingest.copyIntoInbox(SAMPLES);
        secondRun = ingest.runOnce().outcomes();
    }

    private static String name(FileOutcome outcome) {
        return outcome.file().substring(outcome.file().lastIndexOf('/') + 1);
    }

    @Test
    void givenTheGoodSamples_whenIngested_thenEveryPlanAndReturnOfBukharaIsAcceptedWithoutFindings() throws IOException {
        List<String> good;
        try (Stream<Path> walk = Files.walk(SAMPLES.resolve("1706-buxoro-viloyati"))) {
            good = walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(good).hasSize(65);
        Map<String, FileOutcome> byName = firstRun.stream().collect(Collectors.toMap(SampleInputTest::name, o -> o));
        for (String file : good) {
            assertThat(byName.get(file)).as(file).satisfies(o -> {
                assertThat(o.outcome()).isEqualTo("accepted");
                assertThat(o.errors()).isZero();
                assertThat(o.warnings()).isZero();
                assertThat(o.values()).isPositive();
            });
        }
        assertThat(jdbc.sql("""
                select count(*) from submission where status = 'accepted' and district_code like '1706%'
                  and (period_code = '2021' or period_code like '2021Q_')""").query(Long.class).single())
                .isEqualTo(65);
    }

    @Test
    void givenTheFlawedSamples_whenIngested_thenEachHasTheExpectedOutcomeAndRule() throws IOException {
        Map<String, FileOutcome> byName = firstRun.stream().collect(Collectors.toMap(SampleInputTest::name, o -> o));
        List<CSVRecord> expected;
        try (Reader reader = Files.newBufferedReader(SAMPLES.resolve("flawed/EXPECTED.csv"), StandardCharsets.UTF_8)) {
            expected = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        for (CSVRecord row : expected) {
            String file = row.get("file");
            FileOutcome outcome = byName.get(file);
            if (row.get("outcome").equals("ignored")) {
                // An Office lock file is no return: not copied into the inbox, not listed.
                assertThat(outcome).as(file).isNull();
                assertThat(file).startsWith("~$");
                continue;
            }
            assertThat(outcome).as(file).isNotNull();
            switch (row.get("outcome")) {
                case "accepted" -> assertThat(outcome.outcome()).as(file).isEqualTo("accepted");
                case "accepted-with-warnings" -> {
                    assertThat(outcome.outcome()).as(file).isEqualTo("accepted");
                    assertThat(outcome.warnings()).as(file).isPositive();
                }
                case "rejected" -> assertThat(outcome.outcome()).as(file).isEqualTo("rejected");
                default -> throw new AssertionError("unknown outcome in EXPECTED.csv: " + row.get("outcome"));
            }
            if (!row.get("rule").isEmpty()) {
                assertThat(rules(file)).as(file).contains(row.get("rule"));
            }
        }
    }

    @Test
    void givenTheNumbersTypedAsText_whenIngested_thenEveryNormalisationIsRecordedAsInformation() {
        assertThat(rules("f6_numbers_as_text.xlsx")).containsOnly("Normalised");
        assertThat(jdbc.sql("""
                select count(*) from validation_finding f join submission s on s.id = f.submission_id
                where s.original_name like '%f6_numbers_as_text.xlsx' and f.severity = 'info'""")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void givenAllFormats_whenIngested_thenCsvLegacyAndLatinFilesLoadTheirFigures() {
        for (String file : List.of("f1_legacy.xls", "f2_long_format.csv", "f3_latin_labels.xlsx", "f4_formulas.xlsx",
                "f5_merged_cells_extra_row_and_column.xlsx")) {
            assertThat(jdbc.sql("""
                    select count(*) from data_value v join submission s on s.id = v.submission_id
                    where s.original_name like ? and s.status = 'accepted'""").param("%/" + file)
                    .query(Long.class).single()).as(file).isGreaterThan(150);
        }
    }

    @Test
    void givenTheSameFolderAgain_whenIngested_thenNothingNewLoadsAndEveryFileIsADuplicate() {
        assertThat(secondRun).filteredOn(o -> !o.outcome().startsWith("left alone"))
                .isNotEmpty().allSatisfy(o -> assertThat(o.outcome()).as(o.file()).isEqualTo("duplicate"));
        assertThat(secondRun).filteredOn(o -> !o.outcome().startsWith("left alone")).hasSize(
                (int) firstRun.stream().filter(o -> !o.outcome().startsWith("left alone")).count());
        assertThat(jdbc.sql("select count(*) from submission where status = 'duplicate'").query(Long.class).single())
                .isEqualTo(secondRun.stream().filter(o -> o.outcome().equals("duplicate")).count());
    }

    @Test
    void givenARejectedWorkbook_whenIngested_thenAFeedbackWorkbookAndTextLieBesideIt() throws IOException {
        Path rejected = properties.home().resolve("rejected");
        try (Stream<Path> walk = Files.walk(rejected)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().equals("e07_negative_value.xlsx"))
                    .sorted(Comparator.naturalOrder()).toList();
            assertThat(files).hasSize(1);
            Path stored = files.get(0);
            assertThat(stored.resolveSibling("e07_negative_value.xlsx.feedback.xlsx")).exists();
            assertThat(stored.resolveSibling("e07_negative_value.xlsx.feedback.txt")).content()
                    .contains("РАД ЭТИЛДИ", "RAD ETILDI", "REJECTED", "NegativeValue");
        }
    }

    private List<String> rules(String file) {
        return jdbc.sql("""
                select f.rule from validation_finding f join submission s on s.id = f.submission_id
                where s.original_name like ? and s.status <> 'duplicate'""").param("%/" + file)
                .query(String.class).list();
    }
}
