package uz.natlib.libstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.cli.CommandLineFace;
import uz.natlib.libstats.home.LibstatsProperties;

/**
 * What {@code jobs/run DIR --script both --format pdf,xlsx,csv} writes and prints, on a small folder
 * (Jondor's plan, Jondor's and Olot's Q1 returns, one flawed file) with temporary files beside it in
 * the inbox: the table of files, the PDF, XLSX and SDMX-CSV reports in both scripts, with the figures
 * the test adds up itself from the stored returns, "—" for nothing reported, Uzbek digit grouping and
 * Tashkent time.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunOutputsTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Path BUKHARA = Path.of("sample-input/1706-buxoro-viloyati");

    @Autowired
    RunCommand run;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @TempDir
    static Path dir;

    private String printed;
    private LocalDateTime before;
    private LocalDateTime after;

    @BeforeAll
    void runOnce() throws Exception {
        TestWarehouse.empty(jdbc, properties);
        for (String name : List.of("1706246_jondor-tumani_2021_plan.xlsx", "1706246_jondor-tumani_2021_Q1.xlsx",
                "1706204_olot-tumani_2021_Q1.xlsx")) {
            Files.copy(BUKHARA.resolve(name), dir.resolve(name));
        }
        Files.copy(Path.of("sample-input/flawed/e06_not_a_number.xlsx"), dir.resolve("e06_not_a_number.xlsx"));
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        Path inbox = properties.home().resolve("inbox");
        Files.createDirectories(inbox);
        for (String temporary : List.of("upload.xlsx.tmp", "download.xlsx.part", "~draft.xlsx")) {
            Files.copy(BUKHARA.resolve("1706204_olot-tumani_2021_Q2.xlsx"), inbox.resolve(temporary));
            Files.setLastModifiedTime(inbox.resolve(temporary), FileTime.from(Instant.now().minusSeconds(60)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        before = LocalDateTime.now(TASHKENT).truncatedTo(ChronoUnit.MINUTES);
        int status = run.run(CommandLineFace.arguments(RunCommand.Arguments.class, dir.toString(), "--script", "both",
                "--format", "pdf,xlsx,csv"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        after = LocalDateTime.now(TASHKENT);
        printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
    }

    private Path report(String path) {
        return properties.home().resolve("reports/2021").resolve(path);
    }

    /** What the test adds up itself: the districts' stored Q1 figures of a row and measure. */
    private BigDecimal reportedQ1(String code, String measure) {
        return jdbc.sql("""
                select sum(v.value) from data_value v join submission s on s.id = v.submission_id
                join indicator i on i.id = v.indicator_id join period p on p.code = s.period_code
                where s.status = 'accepted' and s.period_code = '2021Q1' and i.code = ? and v.measure_key = ?""")
                .params(code, measure).query(BigDecimal.class).single();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    // ---- the printed table of files

    @Test
    void givenTheRun_whenPrinted_thenATableOfFilesWithDistrictPeriodOutcomeAndCountsAsStored() {
        List<String> lines = printed.lines().toList();
        int header = lines.indexOf("== 1. Ingest") + 1;
        assertThat(lines.get(header)).matches("file +district +period +outcome +errors +warnings +values");
        Pattern row = Pattern.compile("(\\S+) +(\\S*) +(\\S*) +(.+?) +(\\d+) +(\\d+) +(\\d+)");
        Map<String, Matcher> rows = new HashMap<>();
        for (String line : lines.subList(header + 1, header + 8)) {
            Matcher m = row.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            rows.put(Path.of(m.group(1)).getFileName().toString(), m);
        }
        assertThat(rows).containsOnlyKeys("1706246_jondor-tumani_2021_plan.xlsx", "1706246_jondor-tumani_2021_Q1.xlsx",
                "1706204_olot-tumani_2021_Q1.xlsx", "e06_not_a_number.xlsx", "upload.xlsx.tmp", "download.xlsx.part",
                "~draft.xlsx");
        for (String name : List.of("1706246_jondor-tumani_2021_plan.xlsx", "1706246_jondor-tumani_2021_Q1.xlsx",
                "1706204_olot-tumani_2021_Q1.xlsx", "e06_not_a_number.xlsx")) {
            Matcher m = rows.get(name);
            Map<String, Object> stored = jdbc.sql("""
                    select s.district_code, s.period_code, s.status,
                      (select count(*) from validation_finding f where f.submission_id = s.id and f.severity = 'error') errors,
                      (select count(*) from validation_finding f where f.submission_id = s.id and f.severity = 'warning') warnings,
                      (select count(*) from data_value v where v.submission_id = s.id)
                        + (select count(*) from plan_value v where v.submission_id = s.id) vals
                    from submission s where s.original_name like ?""").param("%" + name).query().singleRow();
            assertThat(m.group(2)).as(name).isEqualTo(stored.get("district_code"));
            assertThat(m.group(3)).as(name).isEqualTo(stored.get("period_code"));
            assertThat(m.group(4)).as(name).isEqualTo(stored.get("status"));
            assertThat(Long.parseLong(m.group(5))).as(name).isEqualTo(((Number) stored.get("errors")).longValue());
            assertThat(Long.parseLong(m.group(6))).as(name).isEqualTo(((Number) stored.get("warnings")).longValue());
            if ("accepted".equals(stored.get("status"))) {
                assertThat(Long.parseLong(m.group(7))).as(name).isEqualTo(((Number) stored.get("vals")).longValue())
                        .isPositive();
            }
        }
        assertThat(rows.get("1706246_jondor-tumani_2021_Q1.xlsx").group(3)).isEqualTo("2021Q1");
        assertThat(rows.get("1706246_jondor-tumani_2021_plan.xlsx").group(3)).isEqualTo("2021");
        assertThat(rows.get("e06_not_a_number.xlsx").group(4)).isEqualTo("rejected");
        assertThat(lines.get(header + 8)).startsWith("7 file(s): 3 accepted, 1 rejected, 0 duplicate(s), 3 left in the inbox");
    }

    // ---- inbox files *.tmp, *.part, ~… left alone and listed

    @Test
    void givenTemporaryFilesInTheInbox_whenRun_thenTheyAreLeftWhereTheyAreUnreadAndListed() throws IOException {
        Path inbox = properties.home().resolve("inbox");
        for (String temporary : List.of("upload.xlsx.tmp", "download.xlsx.part", "~draft.xlsx")) {
            assertThat(inbox.resolve(temporary)).as(temporary).isRegularFile()
                    .hasSameBinaryContentAs(BUKHARA.resolve("1706204_olot-tumani_2021_Q2.xlsx"));
            assertThat(printed).containsPattern("(?m)^" + Pattern.quote(temporary)
                    + " .*left alone: temporary file +0 +0 +0$");
        }
        // not read: no Q2 return stored
        assertThat(jdbc.sql("select count(*) from submission where period_code = '2021Q2'").query(Long.class).single())
                .isZero();
    }

    // ---- PDF in both scripts

    @Test
    void givenTheRegionQuarterPdfs_whenRead_thenTheTitleInEachScriptTheFiguresGroupedAndDashesForNothingReported()
            throws IOException {
        String cyrl = pdfText(report("2021Q1/region-quarter_1706_cyrl.pdf"));
        String latn = pdfText(report("2021Q1/region-quarter_1706_latn.pdf"));
        assertThat(cyrl).contains("Бухоро вилояти").containsPattern("2021 йил I чорак");
        assertThat(latn).contains("Buxoro viloyati").containsPattern("2021 yil I chorak").doesNotContainPattern("[а-яА-Я]{4}");
        // the region's Q1 visits, added up here, printed with Uzbek grouping (1 234 567: a space per thousand)
        BigDecimal visits = reportedQ1("5.1", "visits");
        assertThat(visits).isGreaterThanOrEqualTo(BigDecimal.valueOf(1000));
        String grouped = grouped(visits.longValueExact());
        for (String text : List.of(cyrl, latn)) {
            assertThat(text).containsPattern(grouped).doesNotContain(String.format("%,d", visits.longValueExact()));
            // something nobody reported: a dash, never 0
            assertThat(text).contains("—");
        }
    }

    /** 12345 as a pattern of "12 345" with any space (plain, no-break or narrow no-break). */
    private static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder pattern = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        pattern.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            pattern.append("[ \\u00a0\\u202f]").append(digits, i, i + 3);
        }
        return "(?<![0-9])" + pattern + "(?![0-9])";
    }

    @Test
    void givenThePdfsOfTheRun_whenRead_thenTheyOpenAndGiveTheGenerationTimeInTashkent() throws IOException {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        // one of each kind of design and both scripts (reading every PDF of the run takes long)
        List<Path> pdfs = List.of(report("2021Q1/region-quarter_1706_cyrl.pdf"), report("2021Q1/nation-quarter_17_latn.pdf"),
                report("2021Q1/completeness_17_latn.pdf"), report("2021/nation-year_17_cyrl.pdf"),
                report("2021/district-profile_1706246_latn.pdf"));
        for (Path pdf : pdfs) {
            String text = pdfText(pdf);
            Matcher times = Pattern.compile("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d").matcher(text);
            boolean now = false;
            while (times.find()) {
                LocalDateTime t = LocalDateTime.parse(times.group(), when);
                now |= !t.isBefore(before) && !t.isAfter(after);
            }
            // the generation time is now in Tashkent (UTC+5): a UTC clock would be five hours out of the window
            assertThat(now).as(pdf + ": a time between " + before + " and " + after + " (Tashkent) in\n" + text).isTrue();
        }
    }

    // ---- XLSX in both scripts

    @Test
    void givenTheRegionQuarterWorkbooks_whenOpenedWithPoi_thenTheRegionsVisitsAreTheSumOfItsDistricts() throws IOException {
        BigDecimal visits = reportedQ1("5.1", "visits");
        BigDecimal titles = reportedQ1("1.2", "titles");
        for (String script : List.of("cyrl", "latn")) {
            try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(report("2021Q1/region-quarter_1706_" + script
                    + ".xlsx")))) {
                Sheet sheet = workbook.getSheetAt(0);
                int headerRow = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
                Map<String, Integer> column = new HashMap<>();
                sheet.getRow(headerRow).forEach(cell -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
                String code = script.equals("cyrl") ? "Код" : "Kod";
                String quarter = script.equals("cyrl") ? "I чорак" : "I chorak";
                assertThat(column).as(script + ": " + column.keySet()).containsKeys(code, quarter);
                Map<String, Double> firstMeasure = new HashMap<>();
                for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    var cell = row.getCell(column.get(quarter));
                    firstMeasure.putIfAbsent(row.getCell(column.get(code)).getStringCellValue(),
                            cell == null ? null : cell.getNumericCellValue());
                }
                assertThat(firstMeasure.get("5.1")).as(script).isEqualTo(visits.doubleValue());
                // 1.2's first measure, titles
                assertThat(firstMeasure.get("1.2")).as(script).isEqualTo(titles.doubleValue());
            }
        }
    }

    // ---- SDMX-CSV in both scripts

    @Test
    void givenTheRegionQuarterSdmx_whenRead_thenTheSdmxHeaderAndTheRegionsVisitsAsAddedUpHere() throws IOException {
        BigDecimal visits = reportedQ1("5.1", "visits");
        for (String script : List.of("cyrl", "latn")) {
            Path sdmx = report("2021Q1/region-quarter_1706_" + script + ".sdmx.csv");
            assertThat(Files.readAllLines(sdmx).get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,"
                    + "INDICATOR,MEASURE,OBS_VALUE,REPORTING_UNITS,EXPECTED_UNITS");
            List<CSVRecord> rows;
            try (Reader in = Files.newBufferedReader(sdmx)) {
                rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            }
            assertThat(rows).filteredOn(r -> r.get("REF_AREA").equals("1706") && r.get("INDICATOR").equals("5.1")
                    && r.get("MEASURE").equals("visits")).singleElement().satisfies(r -> {
                        assertThat(r.get("STRUCTURE")).isEqualTo("dataflow");
                        assertThat(r.get("STRUCTURE_ID")).isEqualTo("UZ_NATLIB:LIBSTATS(1.0)");
                        assertThat(r.get("ACTION")).isEqualTo("I");
                        assertThat(r.get("TIME_PERIOD")).isEqualTo("2021-Q1");
                        assertThat(new BigDecimal(r.get("OBS_VALUE"))).isEqualByComparingTo(visits);
                        assertThat(r.get("REPORTING_UNITS")).isEqualTo("2");
                        assertThat(r.get("EXPECTED_UNITS")).isEqualTo("13");
                    });
        }
    }
}
