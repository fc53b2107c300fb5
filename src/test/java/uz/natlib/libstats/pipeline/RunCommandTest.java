package uz.natlib.libstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The main job on the sample input: files loaded, the year consolidated, the reports of Bukhara and the nation;
 * then the same input again (all duplicates), then one file of each fate; and what each run prints.
 */
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
    private String mixed;

    @BeforeAll
    void runThrice() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        first = runOnce("sample-input", "--script", "cyrl", "--format", "csv");
        second = runOnce("sample-input", "--script", "cyrl", "--format", "csv");
        dropOneOfEachFate();
        mixed = runOnce("--script", "cyrl", "--format", "csv", "--verbose");
    }

    private String runOnce(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var arguments = CommandLineFace.arguments(RunCommand.Arguments.class, args);
        int status = run.run(arguments, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final String ANDIJAN_DISTRICT_PREFIX = "1703";

    /**
     * Into the inbox: a good return of an Andijan district (accepted), a CSV of the same district
     * with a negative figure (rejected), a Bukhara sample again (duplicate), a hidden file (left and
     * listed) and an Office lock file (left, never listed).
     */
    private void dropOneOfEachFate() throws IOException {
        Path inbox = properties.home().resolve("inbox");
        Files.createDirectories(inbox);
        Map<String, Territory> territory = SoatoRegistry.load().stream()
                .collect(Collectors.toMap(Territory::code, t -> t));
        Territory district = territory.values().stream()
                .filter(t -> t.level() == Territory.Level.DISTRICT && t.code().startsWith(ANDIJAN_DISTRICT_PREFIX))
                .min(java.util.Comparator.comparing(Territory::code)).orElseThrow();
        Catalogue catalogue = CatalogueFiles.read(2021);
        new TemplateWriter().write(TemplateRequest.blank(catalogue, district, territory.get(district.parentCode()), 2021,
                1, Script.CYRL, WorkbookFormat.XLSX, Map.of()).filled(Map.of(new ValueKey("5.1", "visits"),
                BigDecimal.valueOf(100)), Map.of()), inbox.resolve("andijan-good.xlsx"));
        Files.writeString(inbox.resolve("andijan-bad.csv"), "district;year;quarter;indicator;measure;value;note\n"
                + district.code() + ";2021;1;5.1;visits;-5;\n", StandardCharsets.UTF_8);
        try (var samples = Files.list(Path.of("sample-input/1706-buxoro-viloyati"))) {
            Path sample = samples.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
            Files.copy(sample, inbox.resolve("again.xlsx"));
        }
        Files.write(inbox.resolve(".hidden.xlsx"), new byte[10]);
        Files.write(inbox.resolve("~$andijan-good.xlsx"), new byte[162]);
        try (var all = Files.list(inbox)) {
            for (Path file : all.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
    }

    private static final Pattern COUNTS = Pattern.compile(
            "(\\d+) file\\(s\\): (\\d+) accepted, (\\d+) rejected, (\\d+) duplicate\\(s\\), (\\d+) left in the inbox");

    /** The counts of the files' table and of the summary, each as {files, accepted, rejected, duplicates, left}. */
    private static List<List<Integer>> counts(String output) {
        List<List<Integer>> found = new ArrayList<>();
        Matcher m = COUNTS.matcher(output);
        while (m.find()) {
            List<Integer> numbers = new ArrayList<>();
            for (int g = 1; g <= 5; g++) {
                numbers.add(Integer.parseInt(m.group(g)));
            }
            found.add(numbers);
        }
        return found;
    }

    private Path report(String path) {
        return properties.home().resolve("reports").resolve(path);
    }

    @Test
    void givenTheSampleInput_whenRun_thenEveryFileIsDealtWithAndEveryPeriodOfBukharaAndTheNationIsReported() {
        // The flawed samples' Office lock file is not copied: 65 + 39 good files (2021 and 2022) and 29
        // flawed ones, every one accepted or rejected.
        assertThat(first).contains("Summary: 133 file(s): 117 accepted, 16 rejected, 0 duplicate(s), 0 left in the inbox;"
                + " 2 year(s) consolidated", "Якун: 133 та файл: 117 қабул қилинди, 16 рад этилди, 0 такрор",
                "Yakun: 133 ta fayl: 117 qabul qilindi, 16 rad etildi, 0 takror").doesNotContain("x5_lock_file");
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
        assertThat(second).contains("Summary: 133 file(s): 0 accepted, 0 rejected, 133 duplicate(s), 0 left in the inbox",
                "nothing changed since the last consolidation", "0 report file(s) written");
    }

    @Test
    void givenRejectedFiles_whenRun_thenEachIsListedWithItsFirstReasonInWordsAndItsFeedbackWhichExists() {
        List<String> lines = first.lines().toList();
        int heading = lines.indexOf("Rejected files (16), the first reason of each and its feedback:");
        assertThat(heading).isPositive();
        assertThat(lines.get(heading - 2)).startsWith("Рад этилган файллар (16)");
        for (int i = 0; i < 16; i++) {
            String file = lines.get(heading + 1 + 3 * i);
            String reason = lines.get(heading + 2 + 3 * i);
            String feedback = lines.get(heading + 3 + 3 * i).strip();
            assertThat(file).startsWith("  sample-input/").doesNotStartWith("   ");
            assertThat(reason).as(file).matches("    .* / .* / .* \\([A-Za-z]+\\)( \\+[0-9]+)?");
            assertThat(feedback).as(file).startsWith("rejected/").endsWith(file.strip().substring(
                    file.strip().lastIndexOf('/') + 1) + ".feedback.txt");
            assertThat(properties.home().resolve(feedback)).as(file).isRegularFile();
        }
        assertThat(first).contains("  sample-input/flawed/e06_not_a_number.xlsx\n"
                + "    Ҳисобот!F48 «много»: Сон эмас / Son emas / Not a number (NotANumber)\n");
    }

    @Test
    void givenAYearOfReports_whenRunWithoutVerbose_thenTheyAreCountedByFolderAndTypeAndTheCountsAddUp() {
        List<String> lines = first.lines().toList();
        Pattern heading = Pattern.compile("([0-9]+) report file\\(s\\) written, under " + Pattern.quote(
                properties.home().resolve("reports").toString()) + ":");
        int at = -1;
        long written = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = heading.matcher(lines.get(i));
            if (m.matches()) {
                at = i;
                written = Long.parseLong(m.group(1));
            }
        }
        assertThat(at).as(first).isPositive();
        assertThat(written).isPositive();
        assertThat(first).contains("Summary: ", "; " + written + " report file(s) written under");
        long counted = 0;
        int folders = 0;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (!line.startsWith("  reports/")) {
                break;
            }
            folders++;
            String[] columns = line.strip().split("\\s+", 3);
            long inFolder = Long.parseLong(columns[1]);
            long byType = java.util.Arrays.stream(columns[2].split(", "))
                    .mapToLong(t -> Long.parseLong(t.substring(t.lastIndexOf(' ') + 1))).sum();
            assertThat(byType).as(line).isEqualTo(inFolder);
            counted += inFolder;
        }
        // 2021: the four quarters and the year; 2022: quarters I and II, the year so far and the
        // completeness of its quarter IV, which the year's reports include.
        assertThat(folders).isEqualTo(4 + 1 + 2 + 1 + 1);
        assertThat(counted).isEqualTo(written);
        assertThat(first).contains("  reports/2021/2021Q1 ", "Every file listed: --verbose")
                .doesNotContain("district-profile_1706246_cyrl.csv");
    }

    @Test
    void givenOneFileOfEachFateAndALockFile_whenRun_thenEveryTotalAddsUpAndAgreesAndTheLockFileIsLeftUnlisted() {
        List<List<Integer>> counts = counts(mixed);
        // The files' table and the summary.
        assertThat(counts).hasSize(2);
        assertThat(counts.get(0)).isEqualTo(counts.get(1)).containsExactly(4, 1, 1, 1, 1);
        for (List<Integer> c : counts) {
            assertThat(c.get(1) + c.get(2) + c.get(3) + c.get(4)).isEqualTo(c.get(0));
        }
        assertThat(mixed).contains("andijan-good.xlsx", "andijan-bad.csv", "again.xlsx", ".hidden.xlsx",
                "left alone: hidden file", "Rejected files (1)", "NegativeValue")
                .doesNotContain("~$andijan-good.xlsx", "lock file");
        assertThat(properties.home().resolve("inbox/~$andijan-good.xlsx")).exists();
        // --verbose: every report file, by name.
        assertThat(mixed).containsPattern("completeness +2021Q1 +17 +cyrl +csv +reports/2021/2021Q1/completeness_17_cyrl.csv");
    }

    @Test
    void givenAnyRun_whenItsOutputIsRead_thenNoTimeIsShownAsARawInstant() {
        for (String output : List.of(first, second, mixed)) {
            assertThat(output).doesNotContainPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
                    .doesNotContainPattern("[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})");
        }
    }
}
