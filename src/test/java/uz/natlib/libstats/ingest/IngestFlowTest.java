package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;

/** The ingest job end to end on the real PostgreSQL: files in the inbox, rows in the warehouse, files archived. */
@SpringBootTest
class IngestFlowTest {

    @Autowired
    IngestRuns ingest;

    /** The outcomes of the last run. */
    IngestResult last;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Autowired
    uz.natlib.libstats.periods.PeriodRepository locks;

    private final Catalogue catalogue = CatalogueFiles.read(2021);
    private final Map<String, Territory> territory = SoatoRegistry.load().stream()
            .collect(java.util.stream.Collectors.toMap(Territory::code, t -> t));

    @BeforeEach
    void emptyWarehouseAndFolders() throws IOException {
        TestWarehouse.empty(jdbc, properties);
    }

    private Path drop(String name, String district, int quarter, Map<ValueKey, BigDecimal> values) throws IOException {
        Territory d = territory.get(district);
        Path file = properties.home().resolve("inbox").resolve(name);
        Files.createDirectories(file.getParent());
        new TemplateWriter().write(TemplateRequest.blank(catalogue, d, territory.get(d.parentCode()), 2021, quarter,
                Script.CYRL, WorkbookFormat.XLSX, Map.of()).filled(values, Map.of()), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    private static Map<ValueKey, BigDecimal> visits(int n) {
        return Map.of(new ValueKey("5.1", "visits"), BigDecimal.valueOf(n),
                new ValueKey("1.2", "titles"), BigDecimal.valueOf(10), new ValueKey("1.2", "copies"), BigDecimal.valueOf(30));
    }

    private List<String> rules(String name) {
        return jdbc.sql("""
                select f.rule from validation_finding f join submission s on s.id = f.submission_id
                where s.original_name = ? order by f.id""").param(name).query(String.class).list();
    }

    private Path rejected(String name) throws IOException {
        try (var walk = Files.walk(properties.home().resolve("rejected"))) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    private String status(String name) {
        return jdbc.sql("select status from submission where original_name = ? order by id desc limit 1").param(name)
                .query(String.class).single();
    }

    @Test
    void givenAGoodReturn_whenIngested_thenAcceptedLoadedArchivedWithFeedback() throws Exception {
        drop("jondor_q1.xlsx", "1706246", 1, visits(100));

        last = ingest.runOnce();

        assertThat(status("jondor_q1.xlsx")).isEqualTo("accepted");
        assertThat(jdbc.sql("""
                select v.value from data_value v join indicator i on i.id = v.indicator_id
                where i.code = '5.1' and v.measure_key = 'visits'""").query(BigDecimal.class).single())
                .isEqualByComparingTo("100");
        Path archived = properties.home().resolve("archive/2021/Q1/jondor_q1.xlsx");
        assertThat(archived).exists();
        assertThat(archived.resolveSibling("jondor_q1.xlsx.feedback.txt")).content()
                .contains("ҚАБУЛ ҚИЛИНДИ", "QABUL QILINDI", "ACCEPTED");
        assertThat(properties.home().resolve("inbox/jondor_q1.xlsx")).doesNotExist();
        assertThat(last.outcomes()).extracting(FileOutcome::outcome).containsExactly("accepted");
    }

    @Test
    void givenTheSameBytesTwice_whenIngested_thenTheSecondIsADuplicateAndNothingIsLoadedTwice() throws Exception {
        Path first = drop("a.xlsx", "1706246", 1, visits(100));
        byte[] bytes = Files.readAllBytes(first);
        last = ingest.runOnce();
        Path again = properties.home().resolve("inbox/again/a-copy.xlsx");
        Files.createDirectories(again.getParent());
        Files.write(again, bytes);
        Files.setLastModifiedTime(again, FileTime.from(Instant.now().minusSeconds(60)));

        last = ingest.runOnce();

        assertThat(last.outcomes()).extracting(FileOutcome::outcome).containsExactly("duplicate");
        assertThat(jdbc.sql("select count(*) from data_value").query(Long.class).single()).isEqualTo(3);
        assertThat(properties.home().resolve("duplicates")).isDirectoryRecursivelyContaining("glob:**/a-copy.xlsx");
        try (var walk = Files.walk(properties.home().resolve("duplicates"))) {
            Path feedback = walk.filter(p -> p.getFileName().toString().equals("a-copy.xlsx.feedback.txt")).findFirst()
                    .orElseThrow();
            assertThat(feedback).content().contains("ТАКРОР", "TAKROR", "DUPLICATE", "and accepted", "«a.xlsx»")
                    .containsPattern("sent on [0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{2}:[0-9]{2} \\(Tashkent time\\)");
        }
    }

    @Test
    void givenALaterFileForTheSamePeriod_whenIngested_thenItSupersedesTheEarlierWhichStaysInHistory() throws Exception {
        drop("first.xlsx", "1706246", 1, visits(100));
        last = ingest.runOnce();
        drop("second.xlsx", "1706246", 1, visits(150));

        last = ingest.runOnce();

        assertThat(status("first.xlsx")).isEqualTo("superseded");
        assertThat(status("second.xlsx")).isEqualTo("accepted");
        assertThat(jdbc.sql("select superseded_by = (select id from submission where original_name = 'second.xlsx') "
                + "from submission where original_name = 'first.xlsx'").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select version from submission where original_name = 'second.xlsx'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void givenAFileStoredButNotYetMovedWhenTheProcessDied_whenRunAgain_thenItIsMovedAndNotLoadedTwice()
            throws Exception {
        drop("jondor_q2.xlsx", "1706246", 2, visits(70));
        last = ingest.runOnce();
        String intakeName = jdbc.sql("select intake_name from submission where original_name = 'jondor_q2.xlsx'")
                .query(String.class).single();
        Path archived = properties.home().resolve("archive/2021/Q2/jondor_q2.xlsx");
        // As if the process had died between the commit and the move: the file is back in the work folder.
        Files.move(archived, properties.home().resolve("work").resolve(intakeName));
        Files.delete(archived.resolveSibling("jondor_q2.xlsx.feedback.txt"));

        last = ingest.runOnce();

        assertThat(last.outcomes()).extracting(FileOutcome::outcome).containsExactly("accepted");
        assertThat(jdbc.sql("select count(*) from submission").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from data_value").query(Long.class).single()).isEqualTo(3);
        assertThat(archived).exists();
        assertThat(archived.resolveSibling("jondor_q2.xlsx.feedback.txt")).exists();
        assertThat(properties.home().resolve("work")).isEmptyDirectory();
    }

    @Test
    void givenALockedPeriod_whenAReturnForItArrives_thenRejectedWithPeriodLockedAndNothingLoaded() throws Exception {
        locks.lock("2021Q3", true);
        try {
            drop("late.xlsx", "1706246", 3, visits(10));

            last = ingest.runOnce();

            assertThat(status("late.xlsx")).isEqualTo("rejected");
            assertThat(jdbc.sql("select rule from validation_finding").query(String.class).list())
                    .containsExactly("PeriodLocked");
            assertThat(jdbc.sql("select count(*) from data_value").query(Long.class).single()).isZero();
        } finally {
            locks.lock("2021Q3", false);
        }
    }

    @Test
    void givenLockAndHiddenFilesAndAFreshFile_whenIngested_thenTheyAreLeftAloneAndOnlyTheLockFileUnlisted() throws Exception {
        Path inbox = properties.home().resolve("inbox");
        Files.createDirectories(inbox);
        Files.write(inbox.resolve("~$jondor.xlsx"), new byte[162]);
        Files.write(inbox.resolve(".hidden.xlsx"), new byte[10]);
        Files.write(inbox.resolve("fresh.xlsx"), new byte[10]);

        last = ingest.runOnce();

        assertThat(last.outcomes()).extracting(FileOutcome::outcome).containsExactlyInAnyOrder(
                "left alone: hidden file", "left alone: still being written (changed less than 5 s ago)");
        // The lock file is Office's, no return: left untouched, and not listed, on this run or any other.
        assertThat(inbox.resolve("~$jondor.xlsx")).exists().hasSize(162);
        last = ingest.runOnce();
        assertThat(last.outcomes()).extracting(FileOutcome::file).doesNotContain("~$jondor.xlsx");
        assertThat(jdbc.sql("select count(*) from submission").query(Long.class).single()).isZero();
    }

    @Test
    void givenALinkToAFileOutsideTheDataFolder_whenIngested_thenItIsLeftAloneAndItsTargetNeverRead() throws Exception {
        Path secret = Files.createTempFile("libstats-secret", ".xlsx");
        Files.writeString(secret, "root:x:0:0:secret line");
        Files.setLastModifiedTime(secret, FileTime.from(Instant.now().minusSeconds(60)));
        Path inbox = properties.home().resolve("inbox");
        Files.createDirectories(inbox);
        Path link = Files.createSymbolicLink(inbox.resolve("passwd.xlsx"), secret);
        try {
            last = ingest.runOnce();

            assertThat(last.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.file()).isEqualTo("passwd.xlsx");
                assertThat(o.outcome()).startsWith("left alone").contains("link");
            });
            assertThat(Files.isSymbolicLink(link)).isTrue();
            assertThat(jdbc.sql("select count(*) from submission").query(Long.class).single()).isZero();
            try (var everything = Files.walk(properties.home())) {
                for (Path file : everything.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !f.startsWith(properties.home().resolve("postgres"))).toList()) {
                    assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as(file.toString()).doesNotContain("secret line");
                }
            }
            assertThat(Files.readString(secret)).isEqualTo("root:x:0:0:secret line");
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void givenAFolderWithALink_whenCopiedIntoTheInbox_thenTheLinkIsNotFollowedAndTheFilesAreCopied() throws Exception {
        Path dir = Files.createTempDirectory("libstats-dir");
        Path secret = Files.createTempFile("libstats-secret", ".txt");
        Files.writeString(secret, "not for the inbox");
        Files.writeString(dir.resolve("a.csv"), "code;value");
        Files.createSymbolicLink(dir.resolve("b.xlsx"), secret);
        try {
            int copied = ingest.copyIntoInbox(dir);

            assertThat(copied).isEqualTo(1);
            Path target = properties.home().resolve("inbox").resolve(dir.getFileName().toString());
            try (var listed = Files.list(target)) {
                assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("a.csv");
            }
        } finally {
            Files.deleteIfExists(dir.resolve("b.xlsx"));
            Files.deleteIfExists(dir.resolve("a.csv"));
            Files.deleteIfExists(dir);
            Files.deleteIfExists(secret);
        }
    }

    private Path dropCsv(String name, String value) throws IOException {
        Path file = properties.home().resolve("inbox").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "district;year;quarter;indicator;measure;value;note\n"
                + "1706246;2021;1;5.1;visits;" + value + ";\n", java.nio.charset.StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    private Path dropCsvLines(String name, String... lines) throws IOException {
        Path file = properties.home().resolve("inbox").resolve(name);
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder("district;year;quarter;indicator;measure;value;note\n");
        for (String line : lines) {
            csv.append("1706246;2021;1;").append(line).append(";\n");
        }
        Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    @Test
    void givenAnUnreadableCellAndAValueRuleBrokenElsewhere_whenIngested_thenBothAreFoundInOnePass() throws Exception {
        dropCsvLines("both.csv", "5.1;visits;100", "5.1.02;visits;много", "1.2;titles;30", "1.2;copies;10");

        last = ingest.runOnce();

        assertThat(status("both.csv")).isEqualTo("rejected");
        assertThat(rules("both.csv")).containsExactlyInAnyOrder("NotANumber", "CopiesNotFewerThanTitles");
        // Each script quotes what the sender typed as typed: «много», never «mnogo».
        assertThat(rejected("both.csv").resolveSibling("both.csv.feedback.txt")).content()
                .contains("«много» сон эмас", "«много» son emas", "«много» is not a number").doesNotContain("mnogo");
    }

    @Test
    void givenAnUnknownDistrictAndAValueRuleBroken_whenIngested_thenBothAreFoundInOnePass() throws Exception {
        Path file = properties.home().resolve("inbox/nowhere.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "district;year;quarter;indicator;measure;value;note\n1799999;2021;1;5.1;visits;-5;\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

        last = ingest.runOnce();

        assertThat(rules("nowhere.csv")).containsExactlyInAnyOrder("UnknownDistrict", "NegativeValue");
    }

    @Test
    void givenAnUnreadablePartOfAFullBreakdown_whenIngested_thenThePartsAreNotSaidToFallShortOfTheTotal()
            throws Exception {
        // 5.1's seven departments partition its visits: the readable six add up to 80 of 100, the
        // unreadable one may well be the missing 20.
        dropCsvLines("part.csv", "5.1;visits;100", "5.1.01;visits;40", "5.1.02;visits;много", "5.1.03;visits;10",
                "5.1.04;visits;10", "5.1.05;visits;5", "5.1.06;visits;5", "5.1.07;visits;10");
        // The same breakdown read whole and falling short: the rule does speak, so its silence above is the part's.
        dropCsvLines("short.csv", "5.1;visits;100", "5.1.01;visits;40", "5.1.02;visits;0", "5.1.03;visits;10",
                "5.1.04;visits;10", "5.1.05;visits;5", "5.1.06;visits;5", "5.1.07;visits;10");

        last = ingest.runOnce();

        assertThat(rules("part.csv")).containsExactly("NotANumber");
        assertThat(rules("short.csv")).containsExactly("OfWhichAddsUpToTotal");
    }

    @Test
    void givenANulByteInACsvValue_whenIngested_thenItIsStoredAsAFindingAndNeverReachesPostgresAsNul() throws Exception {
        dropCsv("nul.csv", "12\u00003");

        last = ingest.runOnce();

        assertThat(last.completed()).isTrue();
        assertThat(status("nul.csv")).isEqualTo("rejected");
        assertThat(jdbc.sql("""
                select f.rule || '|' || f.value_seen from validation_finding f join submission s on s.id = f.submission_id
                where s.original_name = 'nul.csv'""").query(String.class).list())
                .containsExactly("NotANumber|12\\u00003");
    }

    @Test
    void givenAFileThatCannotBeStored_whenIngested_thenOnlyItIsRejectedWithAnInternalErrorAndTheRunGoesOn()
            throws Exception {
        // The database itself refuses this one file's row, as a full disk or a broken constraint would.
        jdbc.sql("""
                create function refuse_exploding() returns trigger language plpgsql as $$
                begin
                    if new.original_name = 'explode.xlsx' and new.status <> 'rejected' then
                        raise exception 'refused for the test';
                    end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_exploding before insert on submission for each row execute function refuse_exploding()")
                .update();
        try {
            drop("explode.xlsx", "1706246", 1, visits(100));
            drop("good.xlsx", "1706246", 2, visits(100));

            last = ingest.runOnce();
        } finally {
            jdbc.sql("drop trigger refuse_exploding on submission").update();
            jdbc.sql("drop function refuse_exploding()").update();
        }

        assertThat(last.completed()).isTrue();
        assertThat(status("good.xlsx")).isEqualTo("accepted");
        assertThat(status("explode.xlsx")).isEqualTo("rejected");
        assertThat(rules("explode.xlsx")).containsExactly("InternalError");
        Path rejected = rejected("explode.xlsx");
        assertThat(rejected.resolveSibling("explode.xlsx.feedback.txt")).content()
                .contains("InternalError", "тизим хатоси", "tizim xatosi", "system error");
        assertThat(properties.home().resolve("work")).isEmptyDirectory();
    }

    @Test
    void givenAFindingTooLongForAWorkbookCell_whenIngested_thenTheFileIsRejectedWithItsTextFeedbackOnly()
            throws Exception {
        dropCsv("long.csv", "x".repeat(11_000));

        last = ingest.runOnce();

        assertThat(last.completed()).isTrue();
        assertThat(status("long.csv")).isEqualTo("rejected");
        Path rejected;
        try (var walk = Files.walk(properties.home().resolve("rejected"))) {
            rejected = walk.filter(p -> p.getFileName().toString().equals("long.csv")).findFirst().orElseThrow();
        }
        assertThat(rejected.resolveSibling("long.csv.feedback.txt")).content().contains("NotANumber");
        try (var siblings = Files.list(rejected.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void givenANameWithNewlinesAndABidiOverride_whenIngested_thenFeedbackAndTableShowItEscapedOnOneLine()
            throws Exception {
        String name = "evil\nOutcome: ACCEPTED\n\u202Evsc.xlsx";
        dropCsv(name, "many");

        last = ingest.runOnce();

        assertThat(status(name)).isEqualTo("rejected");
        Path text;
        try (var walk = Files.walk(properties.home().resolve("rejected"))) {
            text = walk.filter(p -> p.getFileName().toString().endsWith(".feedback.txt")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(text);
        assertThat(lines).filteredOn(l -> l.startsWith("Outcome:")).hasSize(1)
                .allSatisfy(l -> assertThat(l).doesNotContain("ACCEPTED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("evil\\u000AOutcome: ACCEPTED\\u000A\\u202Evsc.xlsx"));
        assertThat(String.join("\n", lines)).doesNotContain("\u202E");
        var table = new java.io.ByteArrayOutputStream();
        IngestCommand.printTable(new java.io.PrintStream(table, true, java.nio.charset.StandardCharsets.UTF_8),
                last.outcomes());
        assertThat(table.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(3);
    }

    @Test
    void givenLongAndDeepNames_whenIngested_thenEachIsTakenUnderItsIntakeIdAndStoredUnderANameThatFits()
            throws Exception {
        String longAscii = "a".repeat(245) + ".xlsx";
        String longCyrillic = "ж".repeat(122) + ".xlsx";
        String deep = "d/".repeat(50) + "deep.xlsx";
        drop(longAscii, "1706246", 1, visits(100));
        drop(longCyrillic, "1706246", 2, visits(100));
        drop(deep, "1706246", 3, visits(100));

        last = ingest.runOnce();

        assertThat(last.completed()).isTrue();
        assertThat(status(longAscii)).isEqualTo("accepted");
        assertThat(status(longCyrillic)).isEqualTo("accepted");
        assertThat(status(deep)).isEqualTo("accepted");
        assertThat(jdbc.sql("select intake_name from submission").query(String.class).list())
                .allMatch(n -> n.matches("[0-9]{13}-[0-9]{6}"));
        try (var archived = Files.walk(properties.home().resolve("archive"))) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(6)
                    .allMatch(n -> n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 255)
                    .anyMatch(n -> n.startsWith("жжж") && n.endsWith("….xlsx"));
        }
        assertThat(properties.home().resolve("work")).isEmptyDirectory();
    }

    @Test
    void givenAFileStillOpenForWriting_whenIngested_thenItIsLeftInTheInboxUntilClosed() throws Exception {
        Path file = drop("saving.xlsx", "1706246", 1, visits(100));
        try (var writer = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            last = ingest.runOnce();

            assertThat(last.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.outcome()).contains("left alone", "open for writing");
            });
            assertThat(file).exists();
        }
        last = ingest.runOnce();

        assertThat(status("saving.xlsx")).isEqualTo("accepted");
    }

    @Test
    void givenAFileOverTheSizeLimit_whenIngested_thenRejectedUnreadWithTheFindingsSheetAloneAsFeedback()
            throws Exception {
        Path file = properties.home().resolve("inbox/huge.xlsx");
        Files.createDirectories(file.getParent());
        try (var out = Files.newOutputStream(file)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 11; i++) {
                out.write(block);
            }
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

        last = ingest.runOnce();

        assertThat(status("huge.xlsx")).isEqualTo("rejected");
        assertThat(rules("huge.xlsx")).containsExactly("FileTooLarge");
        Path rejected = rejected("huge.xlsx");
        assertThat(rejected).hasSize(11L * 1024 * 1024);
        assertThat(rejected.resolveSibling("huge.xlsx.feedback.txt")).content().contains("FileTooLarge", "10 MB");
        assertThat(rejected.resolveSibling("huge.xlsx.feedback.xlsx")).satisfies(workbook ->
                assertThat(Files.size(workbook)).isLessThan(64 * 1024));
    }

    @Test
    void givenARejectedFileSentAgain_whenIngested_thenTheDuplicateSaysItWasRejectedAndWhereTheReasonsAre()
            throws Exception {
        Path first = dropCsv("bad.csv", "-5");
        byte[] bytes = Files.readAllBytes(first);
        last = ingest.runOnce();
        assertThat(status("bad.csv")).isEqualTo("rejected");
        Path again = properties.home().resolve("inbox/bad-again.csv");
        Files.write(again, bytes);
        Files.setLastModifiedTime(again, FileTime.from(Instant.now().minusSeconds(60)));

        last = ingest.runOnce();

        assertThat(status("bad-again.csv")).isEqualTo("duplicate");
        try (var walk = Files.walk(properties.home().resolve("duplicates"))) {
            Path feedback = walk.filter(p -> p.getFileName().toString().equals("bad-again.csv.feedback.txt"))
                    .findFirst().orElseThrow();
            assertThat(feedback).content()
                    .contains("рад этилган", "rad etilgan", "and rejected", "Fix the errors", "«bad.csv»")
                    .contains("rejected/" + rejected("bad.csv").getParent().getFileName() + "/bad.csv.feedback.txt")
                    .doesNotContain("and accepted", "T0", "Z,");
        }
    }
}
