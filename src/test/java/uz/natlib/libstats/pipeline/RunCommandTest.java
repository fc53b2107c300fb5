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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
import uz.natlib.libstats.templates.TemplateGrid;
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

    private static final Path INPUT = Path.of("sample-input");
    private static final List<String> GOOD = List.of("1706-buxoro-viloyati", "1706-buxoro-viloyati-2022");

    private static List<Path> files(Path folder, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(found::add);
        }
        return found.stream().sorted().toList();
    }

    /** The flawed set's own list of files and their fates (EXPECTED.csv), as {file: outcome}. */
    private static Map<String, String> flawedOutcomes() throws IOException {
        try (var in = Files.newBufferedReader(INPUT.resolve("flawed/EXPECTED.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("outcome")));
        }
    }

    /** Figure 5.1 visits of a sample workbook, or null where the cell is blank. */
    private static BigDecimal visits(Path workbook) throws IOException {
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Cell cell = TemplateGrid.valueCell(wb.getSheetAt(0), "5.1", 1);
            return cell == null || cell.getCellType() != CellType.NUMERIC ? null
                    : BigDecimal.valueOf(cell.getNumericCellValue());
        }
    }

    /** Bukhara's 5.1 visits over the sample returns of the given quarters: {sum, districts reporting}. */
    private static BigDecimal[] bukharaVisits(int year, int... quarters) throws IOException {
        Map<String, BigDecimal> byDistrict = new java.util.TreeMap<>();
        String folder = year == 2021 ? GOOD.get(0) : GOOD.get(1);
        for (int quarter : quarters) {
            for (Path file : files(INPUT.resolve(folder), "*_" + year + "_Q" + quarter + ".xlsx")) {
                BigDecimal value = visits(file);
                if (value != null) {
                    byDistrict.merge(file.getFileName().toString().substring(0, 7), value, BigDecimal::add);
                }
            }
        }
        return new BigDecimal[] {byDistrict.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                BigDecimal.valueOf(byDistrict.size())};
    }

    private CSVRecord line(String report, String territory, String span, String indicator, String measure)
            throws IOException {
        try (var in = Files.newBufferedReader(report(report), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .filter(r -> r.get("territory_code").equals(territory) && r.get(span.isEmpty() ? "territory_code" : "span")
                            .equals(span.isEmpty() ? territory : span)
                            && (indicator.isEmpty() || r.get("indicator_code").equals(indicator) && r.get("measure").equals(measure)))
                    .findFirst().orElseThrow(() -> new AssertionError(report + ": no line " + territory + " " + indicator));
        }
    }

    @Test
    void givenTheSampleInput_whenRun_thenEveryFileIsDealtWithAndEveryPeriodOfBukharaAndTheNationIsReported()
            throws IOException {
        // What the input folder holds: the good returns and plans, every one accepted, and the flawed
        // set, each file with its fate in EXPECTED.csv (the Office lock file "ignored", never listed).
        long good = 0;
        for (String folder : GOOD) {
            List<Path> all = files(INPUT.resolve(folder), "*");
            assertThat(all).allMatch(p -> p.toString().endsWith(".xlsx"));
            good += all.size();
        }
        assertThat(good).isEqualTo(65 + 39);
        Map<String, String> flawed = flawedOutcomes();
        assertThat(files(INPUT.resolve("flawed"), "*").stream().map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(flawed.keySet().stream(),
                        java.util.stream.Stream.of("EXPECTED.csv", "README.md")).toList());
        long accepted = good + flawed.values().stream().filter(o -> o.startsWith("accepted")).count();
        long rejected = flawed.values().stream().filter("rejected"::equals).count();
        long listed = accepted + rejected;
        assertThat(flawed.values().stream().filter("ignored"::equals).count()).isEqualTo(flawed.size() - listed + good);
        assertThat(first).contains("Summary: " + listed + " file(s): " + accepted + " accepted, " + rejected
                        + " rejected, 0 duplicate(s), 0 left in the inbox; 2 year(s) consolidated",
                "Якун: " + listed + " та файл: " + accepted + " қабул қилинди, " + rejected + " рад этилди, 0 такрор",
                "Yakun: " + listed + " ta fayl: " + accepted + " qabul qilindi, " + rejected + " rad etildi, 0 takror")
                .doesNotContain("x5_lock_file");
        for (String quarter : List.of("2021Q1", "2021Q2", "2021Q3", "2021Q4")) {
            assertThat(report("2021/" + quarter + "/region-quarter_1706_cyrl.csv")).isNotEmptyFile();
            assertThat(report("2021/" + quarter + "/nation-quarter_17_cyrl.csv")).isNotEmptyFile();
            assertThat(report("2021/" + quarter + "/completeness_17_cyrl.csv")).isNotEmptyFile();
        }
        assertThat(report("2021/2021/nation-year_17_cyrl.csv")).isNotEmptyFile();
        assertThat(report("2021/2021/district-profile_1706246_cyrl.csv")).isNotEmptyFile();
    }

    @Test
    void givenTheSampleInput_whenReported_thenBukharasFiguresAreTheSumsOfItsDistrictsWorkbooks() throws IOException {
        // the quarter alone and the year to date, from the sample workbooks read here
        BigDecimal[] q1 = bukharaVisits(2021, 1);
        CSVRecord quarter = line("2021/2021Q1/region-quarter_1706_cyrl.csv", "1706", "quarter", "5.1", "visits");
        assertThat(new BigDecimal(quarter.get("value"))).isEqualByComparingTo(q1[0]);
        assertThat(quarter.get("reporting")).isEqualTo(q1[1].toString());
        assertThat(quarter.get("expected")).isEqualTo("13");
        BigDecimal[] year = bukharaVisits(2021, 1, 2, 3, 4);
        CSVRecord ytd = line("2021/2021Q4/region-quarter_1706_cyrl.csv", "1706", "year-to-date", "5.1", "visits");
        assertThat(new BigDecimal(ytd.get("value"))).isEqualByComparingTo(year[0]);
        BigDecimal jondor = visits(files(INPUT.resolve(GOOD.get(0)), "1706246_*_2021_Q1.xlsx").get(0));
        assertThat(new BigDecimal(line("2021/2021Q1/region-quarter_1706_cyrl.csv", "1706246", "quarter", "5.1", "visits")
                .get("value"))).isEqualByComparingTo(jondor);
        // 2022 against 2021: the previous year's column is the 2021 workbooks' sum
        CSVRecord q1of2022 = line("2022/2022Q1/region-quarter_1706_cyrl.csv", "1706", "quarter", "5.1", "visits");
        assertThat(new BigDecimal(q1of2022.get("value"))).isEqualByComparingTo(bukharaVisits(2022, 1)[0]);
        assertThat(new BigDecimal(q1of2022.get("previous_value"))).isEqualByComparingTo(q1[0]);
        // completeness: Bukhara's 13 districts, as many accepted as there are Q1 returns in the folder
        int returns = files(INPUT.resolve(GOOD.get(0)), "*_2021_Q1.xlsx").size();
        CSVRecord bukhara = line("2021/2021Q1/completeness_17_cyrl.csv", "1706", "", "", "");
        assertThat(bukhara.get("expected")).isEqualTo("13");
        assertThat(bukhara.get("accepted")).isEqualTo(Integer.toString(returns));
        assertThat(bukhara.get("only_rejected")).isEqualTo("0");
        assertThat(bukhara.get("nothing_received")).isEqualTo(Integer.toString(13 - returns));
        assertThat(Integer.parseInt(bukhara.get("on_time")) + Integer.parseInt(bukhara.get("late"))).isEqualTo(returns);
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
