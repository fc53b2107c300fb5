package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.reports.ReportFixture.JONDOR;
import static uz.natlib.libstats.reports.ReportFixture.OTHER;
import static uz.natlib.libstats.reports.ReportFixture.REGION;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The qualitative rows (done / not done with a note) in the regional, national and district
 * reports, from the report fixture plus a few answers whose counts are worked out here by hand.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualitativeReportTest {

    static final String NOTE_ON_TIME = "Ҳисобот 5 апрелда топширилди";
    /** A sender's note that a spreadsheet would take for a formula. */
    static final String NOTE_FORMULA = "=ходим йўқ";
    static final String NOTE_ONLY = "жавоб ёзилмади";

    /*
     * Answers (row: Jondor Q1, Jondor Q2, Other Q1, Other Q2; "-" no answer):
     *   7.4  done (note), done,        not done, done
     *   7.1  not done (formula note), done, -,  not done
     *   4.3  done,        - (note only), done,   -
     * and a rejected return of 1706207 answering 7.1 done in Q2, which must count nowhere.
     *
     * Q2 for the region (13 districts): 7.4 done 2 of 2 answered; 7.1 done 1 of 2; 4.3 none answered.
     * The year (done in at least one quarter): 7.4 done 2 of 2; 7.1 done 1 (Jondor) of 2; 4.3 done 2 of 2.
     * Q1: 7.4 done 1 of 2; 7.1 done 0 of 1; 4.3 done 2 of 2.
     */

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ReportService reports;

    List<ReportFile> quarter;
    List<ReportFile> year;
    long nationDistricts;

    @BeforeAll
    void render() throws Exception {
        ReportFixture.load(jdbc);
        answer(JONDOR, 1, "7.4", true, NOTE_ON_TIME);
        answer(JONDOR, 1, "7.1", false, NOTE_FORMULA);
        answer(JONDOR, 1, "4.3", true, null);
        answer(JONDOR, 2, "7.4", true, null);
        answer(JONDOR, 2, "7.1", true, null);
        answer(JONDOR, 2, "4.3", null, NOTE_ONLY);
        answer(OTHER, 1, "7.4", false, null);
        answer(OTHER, 1, "4.3", true, null);
        answer(OTHER, 2, "7.4", true, null);
        answer(OTHER, 2, "7.1", false, null);
        long rejected = jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status)
                        values ('return', 'x.xlsx', ?, '1706207', '2021Q2', 'rejected') returning id""")
                .param("f".repeat(64)).query(Long.class).single();
        status(rejected, "7.1", true, null);
        nationDistricts = jdbc.sql("select count(*) from territory where level = 'district'").query(Long.class).single();
        consolidation.consolidate(2021);
        quarter = reports.renderPeriod(2021, 2, List.of(REGION), EnumSet.allOf(Script.class),
                EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV));
        year = reports.renderPeriod(2021, null, List.of(REGION), EnumSet.allOf(Script.class),
                EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV));
    }

    @AfterAll
    void clear() {
        ReportFixture.clear(jdbc);
    }

    private void answer(String district, int quarter, String code, Boolean done, String note) {
        long submission = jdbc.sql("""
                        select id from submission where kind = 'return' and status = 'accepted'
                        and district_code = ? and period_code = ?""")
                .params(district, "2021Q" + quarter).query(Long.class).single();
        status(submission, code, done, note);
    }

    private void status(long submission, String code, Boolean done, String note) {
        jdbc.sql("insert into data_status (submission_id, indicator_id, done, note) "
                        + "select ?, id, ?, ? from indicator where year = 2021 and code = ? and qualitative")
                .params(submission, done, note, code).update();
    }

    private static ReportFile file(List<ReportFile> files, ReportType type, String territory, Script script,
                                   ReportFormat format) {
        return files.stream().filter(f -> f.type() == type && f.territoryCode().equals(territory) && f.script() == script
                && f.format() == format).findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + territory));
    }

    @Test
    void givenTheRegionQuarterWorkbook_whenRead_thenTheQualitativeSheetHasTheCountsWorkedOutByHand() throws IOException {
        Map<String, List<Object>> rows = sheet(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.XLSX),
                "Сонсиз кўрсаткичлар");
        // done, answered, expected
        assertThat(rows.get("7.4")).containsExactly(2.0, 2.0, 13.0);
        assertThat(rows.get("7.1")).containsExactly(1.0, 2.0, 13.0);
        // nobody answered: no count of done, an empty cell (the PDF prints "—")
        assertThat(rows.get("4.3")).containsExactly(null, 0.0, 13.0);
        assertThat(rows.get("7.6")).containsExactly(null, 0.0, 13.0);
    }

    @Test
    void givenTheNationYearWorkbook_whenRead_thenTheYearCountsDoneInAtLeastOneQuarterAndEachQuarter() throws IOException {
        Map<String, List<Object>> rows = sheet(file(year, ReportType.NATION_YEAR, "17", Script.LATN, ReportFormat.XLSX),
                "Sonsiz koʻrsatkichlar");
        double all = nationDistricts;
        // year done, answered, expected; then Q1..Q4 done and answered
        assertThat(rows.get("7.4")).containsExactly(2.0, 2.0, all, 1.0, 2.0, 2.0, 2.0, null, 0.0, null, 0.0);
        assertThat(rows.get("7.1")).containsExactly(1.0, 2.0, all, 0.0, 1.0, 1.0, 2.0, null, 0.0, null, 0.0);
        assertThat(rows.get("4.3")).containsExactly(2.0, 2.0, all, 2.0, 2.0, null, 0.0, null, 0.0, null, 0.0);
    }

    @Test
    void givenTheRegionPdfInBothScripts_whenRead_thenTheSectionAndItsCountsArePrinted() throws IOException {
        String cyrl = text(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.PDF));
        assertThat(cyrl).contains("Сонсиз кўрсаткичлар", "2021 йил II чорак", "VII. ");
        assertThat(cyrl).containsPattern("(?m)^7\\.4 .* 2 2 13$").containsPattern("(?m)^7\\.1 .* 1 2 13$")
                .containsPattern("(?m)^4\\.3 .* — 0 13$");
        String latn = text(file(quarter, ReportType.NATION_QUARTER, "17", Script.LATN, ReportFormat.PDF));
        assertThat(latn).contains("Sonsiz koʻrsatkichlar", "2021 yil II chorak")
                .containsPattern("(?m)^7\\.4 .* 2 2 " + nationDistricts + "$");
    }

    @Test
    void givenTheDistrictProfile_whenRead_thenEachQuartersAnswerAndTheNotesAsTheDistrictWroteThem() throws IOException {
        String cyrl = text(file(year, ReportType.DISTRICT_PROFILE, JONDOR, Script.CYRL, ReportFormat.PDF));
        assertThat(cyrl).containsPattern("(?m)^7\\.4 .* бажарилди бажарилди — — I: " + NOTE_ON_TIME + "$")
                .containsPattern("(?m)^7\\.1 .* бажарилмади бажарилди — — I: " + NOTE_FORMULA + "$")
                .containsPattern("(?m)^4\\.3 .* бажарилди — — — II: " + NOTE_ONLY + "$");
        // Latin: our words transliterated, the district's note exactly as typed
        String latn = text(file(year, ReportType.DISTRICT_PROFILE, JONDOR, Script.LATN, ReportFormat.PDF));
        assertThat(latn).containsPattern("(?m)^7\\.4 .* bajarildi bajarildi — — I: " + NOTE_ON_TIME + "$")
                .containsPattern("(?m)^7\\.1 .* bajarilmadi bajarildi — — I: " + NOTE_FORMULA + "$");
        // the workbook: the note that looks like a formula is text, as any sender text in a sheet
        Map<String, List<Object>> rows = sheet(file(year, ReportType.DISTRICT_PROFILE, JONDOR, Script.CYRL,
                ReportFormat.XLSX), "Сонсиз кўрсаткичлар");
        assertThat(rows.get("7.1")).containsExactly("бажарилмади", "бажарилди", "—", "—", "I: " + NOTE_FORMULA);
        // the other district's profile shows its own answers only
        String other = text(file(year, ReportType.DISTRICT_PROFILE, OTHER, Script.CYRL, ReportFormat.PDF));
        assertThat(other).containsPattern("(?m)^7\\.4 .* бажарилмади бажарилди — —$").doesNotContain(NOTE_ON_TIME);
    }

    @Test
    void givenTheLongCsv_whenRead_thenDoneRowsForTheTerritoryAndEachChild() throws IOException {
        List<CSVRecord> rows = ReportServiceTest.csv(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL,
                ReportFormat.CSV).path());
        assertThat(row(rows, REGION, "quarter", "7.1")).containsEntry("value", "1").containsEntry("reporting", "2")
                .containsEntry("expected", "13").containsEntry("period", "2021Q2").containsEntry("plan", "");
        assertThat(row(rows, REGION, "quarter", "4.3")).containsEntry("value", "").containsEntry("reporting", "0");
        assertThat(row(rows, JONDOR, "quarter", "7.1")).containsEntry("value", "1").containsEntry("expected", "1");
        assertThat(row(rows, OTHER, "quarter", "7.1")).containsEntry("value", "0").containsEntry("reporting", "1");
        assertThat(row(rows, "1706207", "quarter", "7.1")).containsEntry("value", "").containsEntry("reporting", "0");
        List<CSVRecord> nation = ReportServiceTest.csv(file(year, ReportType.NATION_YEAR, "17", Script.CYRL,
                ReportFormat.CSV).path());
        Map<String, String> ytd = nation.stream().filter(r -> r.get("territory_code").equals("17")
                        && r.get("span").equals("year-to-date") && r.get("indicator_code").equals("7.1")
                        && r.get("measure").equals("done")).findFirst().orElseThrow().toMap();
        assertThat(ytd).containsEntry("value", "1").containsEntry("reporting", "2").containsEntry("period", "2021Q4")
                .containsEntry("expected", Long.toString(nationDistricts));
    }

    private static Map<String, String> row(List<CSVRecord> rows, String territory, String span, String code) {
        return rows.stream().filter(r -> r.get("territory_code").equals(territory) && r.get("span").equals(span)
                        && r.get("indicator_code").equals(code) && r.get("measure").equals("done"))
                .findFirst().orElseThrow(() -> new AssertionError("no done row " + territory + " " + code)).toMap();
    }

    /** The PDF's text line by line as printed: a row's figures on the line of its label's first line. */
    static String text(ReportFile f) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(f.path().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    /**
     * The named sheet's rows by their row number (column B): the cells after the section, number and
     * label (columns D on), as numbers or text, an empty cell as null.
     */
    static Map<String, List<Object>> sheet(ReportFile f, String name) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(f.path()))) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(sheet).as("sheet " + name + " of " + f.path()).isNotNull();
            // the figures' sheet comes first; this one frozen under its own header row
            assertThat(workbook.getSheetIndex(sheet)).isOne();
            int header = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
            int width = sheet.getRow(header).getLastCellNum();
            Map<String, List<Object>> rows = new java.util.HashMap<>();
            DataFormatter formatter = new DataFormatter();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 3; c < width; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                rows.put(formatter.formatCellValue(row.getCell(1)), values);
            }
            return rows;
        }
    }
}
