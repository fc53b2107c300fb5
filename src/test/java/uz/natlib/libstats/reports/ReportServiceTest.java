package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.natlib.libstats.reports.ReportFixture.JONDOR;
import static uz.natlib.libstats.reports.ReportFixture.OTHER;
import static uz.natlib.libstats.reports.ReportFixture.REGION;
import static uz.natlib.libstats.reports.ReportFixture.reported;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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

/** Every report type in every format, from a small data set consolidated by the real consolidation. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ReportService reports;

    List<ReportFile> quarter;
    List<ReportFile> year;

    @BeforeAll
    void renderOnce() throws Exception {
        ReportFixture.load(jdbc);
        consolidation.consolidate(2021);
        quarter = reports.renderPeriod(2021, 2, List.of(REGION), EnumSet.allOf(Script.class), EnumSet.allOf(ReportFormat.class));
        year = reports.renderPeriod(2021, null, List.of(REGION), EnumSet.of(Script.CYRL), EnumSet.allOf(ReportFormat.class));
    }

    @AfterAll
    void clear() {
        ReportFixture.clear(jdbc);
    }

    private ReportFile file(List<ReportFile> files, ReportType type, String territory, Script script, ReportFormat format) {
        return files.stream().filter(f -> f.type() == type && f.territoryCode().equals(territory) && f.script() == script
                && f.format() == format).findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + territory
                + " " + script + " " + format + " in " + files));
    }

    @Test
    void givenAQuarter_whenRendered_thenRegionNationAndCompletenessInEveryScriptAndFormat() {
        // region-quarter and nation-quarter: pdf, xlsx, csv, sdmx; completeness: pdf, xlsx, csv; two scripts
        assertThat(quarter).hasSize((4 + 4 + 3) * 2);
        assertThat(quarter).allSatisfy(f -> assertThat(f.path()).exists().hasFileName(
                f.type().code() + "_" + f.territoryCode() + "_" + f.script().code() + "." + f.format().extension()));
        assertThat(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.PDF).path().toString())
                .endsWith("reports/2021/2021Q2/region-quarter_1706_cyrl.pdf");
    }

    @Test
    void givenAYear_whenRendered_thenNationYearCompletenessOfQ4AndTheProfilesOfTheDistrictsWithData() {
        // the region's other eleven districts sent nothing: no page of dashes for them
        assertThat(year.stream().filter(f -> f.type() == ReportType.DISTRICT_PROFILE).map(ReportFile::territoryCode)
                .distinct()).containsExactlyInAnyOrder(JONDOR, OTHER);
        assertThat(file(year, ReportType.COMPLETENESS, "17", Script.CYRL, ReportFormat.PDF).periodCode()).isEqualTo("2021Q4");
        assertThat(file(year, ReportType.NATION_YEAR, "17", Script.CYRL, ReportFormat.PDF).periodCode()).isEqualTo("2021");
    }

    @Test
    void givenEveryRegion_whenAQuarterIsRendered_thenOnlyTheRegionWithReturnsGetsARegionReport() throws Exception {
        List<ReportFile> all = reports.renderPeriod(2021, 1, List.of(), EnumSet.of(Script.CYRL), EnumSet.of(ReportFormat.CSV));
        assertThat(all).extracting(f -> f.type().code() + " " + f.territoryCode()).containsExactlyInAnyOrder(
                "nation-quarter 17", "region-quarter " + REGION, "completeness 17");
    }

    @Test
    void givenAQuarterOrARegionWithoutReturns_whenRendered_thenRefusedAndNothingWritten() {
        assertThatThrownBy(() -> reports.renderPeriod(2021, 3, List.of(), EnumSet.of(Script.CYRL),
                EnumSet.of(ReportFormat.CSV))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no accepted return for 2021 Q3");
        assertThatThrownBy(() -> reports.renderPeriod(2021, 2, List.of("1703"), EnumSet.of(Script.CYRL),
                EnumSet.of(ReportFormat.CSV))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Андижон вилояти (1703) туманларидан 2021 йил II чорак учун қабул қилинган ҳисобот йўқ")
                .hasMessageContaining("Andijon viloyati (1703) tumanlaridan")
                .hasMessageContaining("no accepted return for 2021 Q2 from the districts of Andijon viloyati (1703)");
        assertThat(jdbc.sql("select count(*) from report where period_code = '2021Q3' or territory_code = '1703'")
                .query(Long.class).single()).isZero();
        assertThat(reports.nothingToReport(2021, null, List.of())).isEmpty();
        assertThat(reports.nothingToReport(2021, 4, List.of())).isPresent();
    }

    @Test
    void givenEveryPdf_whenRead_thenItHasPagesAndTheUzbekLettersOfItsScript() throws IOException {
        for (ReportFile f : Stream.concat(quarter.stream(), year.stream()).filter(f -> f.format() == ReportFormat.PDF).toList()) {
            try (PDDocument pdf = Loader.loadPDF(f.path().toFile())) {
                assertThat(pdf.getNumberOfPages()).as(f.path().toString()).isPositive();
                String text = new PDFTextStripper().getText(pdf);
                // the page count in the footer, spaced: "Бет 1 / 6", not "Бет 1 /6"
                assertThat(text).as(f.path().toString())
                        .contains((f.script() == Script.CYRL ? "Бет" : "Bet") + " 1 / " + pdf.getNumberOfPages());
                if (f.script() == Script.CYRL) {
                    assertThat(text).as(f.path().toString()).containsPattern("[ўқғҳЎҚҒҲ]").contains("2021");
                } else {
                    assertThat(text).as(f.path().toString()).contains("oʻ").doesNotContainPattern("[а-яА-Я]{4}");
                }
            }
            assertThat(new String(Files.readAllBytes(f.path()), StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        }
        try (PDDocument pdf = Loader.loadPDF(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.PDF)
                .path().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Бухоро вилояти", "Консолидация №");
            // district names run sideways up narrow columns: PDFBox returns them a letter a line
            assertThat(text.replaceAll("\\s", "")).contains("Жондортумани", "Ғиждувонтумани");
        }
    }

    @Test
    void givenTheRegionWorkbook_whenOpened_thenOneFlatTableWithLabelsOnEveryRowFrozenAndNumbersAsNumbers() throws IOException {
        ReportFile xlsx = file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.XLSX);
        long lines = jdbc.sql("select count(*) from indicator_measure m join indicator i on i.id = m.indicator_id "
                + "where i.year = 2021").query(Long.class).single();
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            // the figures, then the qualitative rows on a sheet of their own
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getNumMergedRegions()).isZero();
            // frozen under the header row and right of code, number, section, label and measure
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            int headerRow = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 5);
            Row header = sheet.getRow(headerRow);
            Map<String, Integer> column = new java.util.HashMap<>();
            header.forEach(cell -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
            assertThat(column).containsKeys("Код", "Жадвалдаги №", "Кўрсаткич", "Ўлчов", "Топширган туманлар", "Кутилган");
            // one row per indicator measure, none for headings or spacing: every row says what it is
            assertThat(sheet.getLastRowNum() - headerRow).isEqualTo((int) lines);
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(column.get("Код")).getStringCellValue()).as("row %d", r).isNotBlank();
                assertThat(row.getCell(column.get("Кўрсаткич")).getStringCellValue()).as("row %d", r).isNotBlank();
                assertThat(row.getCell(column.get("Ўлчов")).getStringCellValue()).as("row %d", r).isNotBlank();
            }
            Row visits = null;
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row.getCell(column.get("Код")).getStringCellValue();
                if (code.equals("5.1")) {
                    visits = row;
                }
                if (code.equals("1.1.01")) {
                    // an "of which" part carries its total's seed number
                    assertThat(row.getCell(column.get("Жадвалдаги №")).getStringCellValue()).isEqualTo("1.1");
                }
            }
            assertThat(visits).isNotNull();
            BigDecimal q2 = reported(JONDOR, 2, "5.1/visits").add(reported(OTHER, 2, "5.1/visits"));
            assertThat(visits.getCell(column.get("II чорак")).getNumericCellValue()).isEqualTo(q2.doubleValue());
            // "2/13" as two numbers
            assertThat(visits.getCell(column.get("Топширган туманлар")).getNumericCellValue()).isEqualTo(2.0);
            assertThat(visits.getCell(column.get("Кутилган")).getNumericCellValue()).isEqualTo(13.0);
            assertThat(visits.getCell(column.get("Жондор тумани: II чорак")).getNumericCellValue())
                    .isEqualTo(reported(JONDOR, 2, "5.1/visits").doubleValue());
            // nothing reported is an empty cell, never 0
            assertThat(visits.getCell(column.get("Когон тумани: II чорак"))).isNull();
        }
    }

    @Test
    void givenTheRegionLongCsv_whenRead_thenEveryLineOfEveryTerritoryWithTheTotalsWorkedOutByHand() throws IOException {
        List<CSVRecord> rows = csv(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.CSV).path());
        long lines = jdbc.sql("select count(*) from indicator_measure m join indicator i on i.id = m.indicator_id "
                + "where i.year = 2021").query(Long.class).single();
        long qualitative = jdbc.sql("select count(*) from indicator where year = 2021 and qualitative").query(Long.class).single();
        // each line's quarter and year to date, and each qualitative row's quarter (measure "done")
        assertThat(rows).hasSize((int) ((lines * 2 + qualitative) * 14));
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(FigureCsv.LONG_HEADER);

        BigDecimal q2 = reported(JONDOR, 2, "5.1/visits").add(reported(OTHER, 2, "5.1/visits"));
        assertThat(row(rows, REGION, "quarter", "5.1", "visits")).containsEntry("value", q2.toPlainString())
                .containsEntry("period", "2021Q2").containsEntry("reporting", "2").containsEntry("expected", "13")
                .containsEntry("territory_name", "Бухоро вилояти");

        BigDecimal posts = reported(JONDOR, 1, "10.7/posts").add(reported(JONDOR, 2, "10.7/posts"))
                .add(reported(OTHER, 1, "10.7/posts"));
        BigDecimal plan = ReportFixture.PLANS.get(JONDOR).get("10.7/posts").add(ReportFixture.PLANS.get(OTHER).get("10.7/posts"));
        Map<String, String> ytd = row(rows, REGION, "year-to-date", "10.7", "posts");
        assertThat(ytd).containsEntry("value", posts.toPlainString()).containsEntry("plan", plan.toPlainString())
                .containsEntry("period", "2021Q2");
        assertThat(new BigDecimal(ytd.get("fulfilment_pct")))
                .isEqualByComparingTo(posts.multiply(BigDecimal.valueOf(100)).divide(plan, 1, RoundingMode.HALF_UP));

        // nobody reported 10.5 in Q2 but OTHER: JONDOR's own line is blank, never zero
        assertThat(row(rows, JONDOR, "quarter", "10.5", "titles")).containsEntry("value", "").containsEntry("reporting", "0");
        assertThat(row(rows, OTHER, "quarter", "10.5", "titles")).containsEntry("value", "60");
    }

    @Test
    void givenPlansOfTwoDistrictsAndAFigureOfOne_whenTheLongCsvIsRead_thenFulfilmentIsLikeForLike() throws IOException {
        List<CSVRecord> rows = csv(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.CSV).path());
        // 10.5: both districts planned, only OTHER reported (in Q2): fulfilment is OTHER's figure against OTHER's plan
        BigDecimal otherPlan = ReportFixture.PLANS.get(OTHER).get("10.5/titles");
        BigDecimal bothPlans = otherPlan.add(ReportFixture.PLANS.get(JONDOR).get("10.5/titles"));
        BigDecimal done = reported(OTHER, 2, "10.5/titles");
        Map<String, String> ytd = row(rows, REGION, "year-to-date", "10.5", "titles");
        assertThat(ytd).containsEntry("value", done.toPlainString()).containsEntry("plan", bothPlans.toPlainString())
                .containsEntry("plan_reporting", "2").containsEntry("like_for_like_value", done.toPlainString())
                .containsEntry("like_for_like_plan", otherPlan.toPlainString()).containsEntry("plan_coverage", "1");
        assertThat(new BigDecimal(ytd.get("fulfilment_pct")))
                .isEqualByComparingTo(done.multiply(BigDecimal.valueOf(100)).divide(otherPlan, 1, RoundingMode.HALF_UP));
    }

    @Test
    void givenAStockOneDistrictDidNotReportInQ2_whenTheReportsAreRead_thenItsQ1ValueIsCarriedAndSaidSo() throws IOException {
        List<CSVRecord> rows = csv(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.CSV).path());
        BigDecimal endOfQ2 = reported(JONDOR, 2, "1.1/copies").add(reported(OTHER, 1, "1.1/copies"));
        assertThat(row(rows, REGION, "year-to-date", "1.1", "copies")).containsEntry("value", endOfQ2.toPlainString())
                .containsEntry("reporting", "2").containsEntry("carried", "1").containsEntry("aggregation", "stock");
        assertThat(row(rows, REGION, "quarter", "1.1", "copies")).containsEntry("carried", "0");
        assertThat(row(rows, REGION, "year-to-date", "5.1", "visits")).containsEntry("aggregation", "flow");
        try (PDDocument pdf = Loader.loadPDF(file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.PDF)
                .path().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // the year-to-date reporting count with the carried districts beside the figure, the stock mark,
            // and the legend's footnote
            assertThat(text).contains("2/13 (1" + ReportLine.CARRIED_MARK + ")", ReportLine.STOCK_MARK,
                    "олдинги чоракдан", "давр охирига");
        }
    }

    @Test
    void givenTheRegionSdmxCsv_whenRead_thenTheSdmx2HeaderAndOnlyReportedObservations() throws IOException {
        Path path = file(quarter, ReportType.REGION_QUARTER, REGION, Script.CYRL, ReportFormat.SDMX).path();
        assertThat(Files.readAllLines(path).get(0))
                .isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,INDICATOR,MEASURE,OBS_VALUE,"
                        + "REPORTING_UNITS,EXPECTED_UNITS");
        List<CSVRecord> rows = csv(path);
        // Q2 observations: the region's and its two districts' non-blank figures
        long reportedQ2 = ReportFixture.RETURNS.values().stream().mapToLong(q -> q.get(2).size()).sum();
        long regionQ2 = ReportFixture.RETURNS.values().stream().flatMap(q -> q.get(2).keySet().stream()).distinct().count();
        assertThat(rows).hasSize((int) (reportedQ2 + regionQ2));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("STRUCTURE")).isEqualTo("dataflow");
            assertThat(r.get("STRUCTURE_ID")).isEqualTo("UZ_NATLIB:LIBSTATS(1.0)");
            assertThat(r.get("ACTION")).isEqualTo("I");
            assertThat(r.get("TIME_PERIOD")).isEqualTo("2021-Q2");
            assertThat(r.get("OBS_VALUE")).isNotBlank();
        });
    }

    @Test
    void givenEveryFile_whenCatalogued_thenOneRowWithItsSizeAndSha256() throws Exception {
        for (ReportFile f : quarter) {
            Map<String, Object> row = jdbc.sql("""
                            select path, size_bytes, sha256, consolidation_run from report where report_type = ?
                            and period_code = ? and territory_code = ? and script = ? and format = ?""")
                    .params(f.type().code(), f.periodCode(), f.territoryCode(), f.script().code(), f.format().code())
                    .query().singleRow();
            assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(Files.size(f.path()));
            assertThat(row.get("sha256")).isEqualTo(sha256(f.path()));
            assertThat(f.path().toString()).endsWith((String) row.get("path"));
            assertThat(row.get("consolidation_run")).isNotNull();
        }
    }

    @Test
    void givenAReportMadeAgain_whenCatalogued_thenItsFileAndRowAreReplaced() throws Exception {
        ReportFile before = file(quarter, ReportType.NATION_QUARTER, "17", Script.LATN, ReportFormat.PDF);
        var beforeAt = generatedAt(before);
        Thread.sleep(20);
        List<ReportFile> again = reports.renderPeriod(2021, 2, List.of(REGION), EnumSet.of(Script.LATN),
                EnumSet.of(ReportFormat.PDF));
        ReportFile after = file(again, ReportType.NATION_QUARTER, "17", Script.LATN, ReportFormat.PDF);
        assertThat(after.path()).isEqualTo(before.path());
        assertThat(jdbc.sql("select count(*) from report where report_type = 'nation-quarter' and period_code = '2021Q2' "
                + "and script = 'latn' and format = 'pdf'").query(Long.class).single()).isOne();
        assertThat(generatedAt(after)).isAfter(beforeAt);
        assertThat(sha256(after.path())).isEqualTo(after.sha256());
        try (Stream<Path> left = Files.list(after.path().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Autowired
    ReportRuns runs;

    @Test
    void givenJobParameters_whenReportJobRuns_thenItCompletesAndListsTheFilesOfTheQuarter() throws Exception {
        ReportRuns.Result run = runs.run(List.of("2021Q1"), List.of(REGION), EnumSet.of(Script.LATN),
                EnumSet.of(ReportFormat.CSV, ReportFormat.SDMX));
        assertThat(run.completed()).isTrue();
        assertThat(run.files()).extracting(f -> Path.of(f.path()).getFileName().toString()).containsExactlyInAnyOrder(
                "nation-quarter_17_latn.csv", "nation-quarter_17_latn.sdmx.csv", "region-quarter_1706_latn.csv",
                "region-quarter_1706_latn.sdmx.csv", "completeness_17_latn.csv");
        assertThat(run.execution().getJobParameters().getString("periods")).isEqualTo("2021Q1");
        assertThat(run.execution().getStepExecutions()).singleElement()
                .satisfies(step -> assertThat(step.getWriteCount()).isEqualTo(5));
        List<CSVRecord> rows = csv(Path.of(run.files().stream().filter(f -> f.type() == ReportType.REGION_QUARTER
                && f.format() == ReportFormat.CSV).findFirst().orElseThrow().path()));
        BigDecimal q1 = reported(JONDOR, 1, "5.1/visits").add(reported(OTHER, 1, "5.1/visits"));
        assertThat(row(rows, REGION, "quarter", "5.1", "visits")).containsEntry("value", q1.toPlainString())
                .containsEntry("period", "2021Q1").containsEntry("territory_name", "Buxoro viloyati");
    }

    private java.time.OffsetDateTime generatedAt(ReportFile f) {
        return jdbc.sql("select generated_at from report where report_type = ? and period_code = ? and territory_code = ? "
                        + "and script = ? and format = ?")
                .params(f.type().code(), f.periodCode(), f.territoryCode(), f.script().code(), f.format().code())
                .query(java.time.OffsetDateTime.class).single();
    }

    static List<CSVRecord> csv(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static Map<String, String> row(List<CSVRecord> rows, String territory, String span, String indicator, String measure) {
        return rows.stream().filter(r -> r.get("territory_code").equals(territory) && r.get("span").equals(span)
                        && r.get("indicator_code").equals(indicator) && r.get("measure").equals(measure))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + territory + " " + span + " " + indicator))
                .toMap();
    }

    static String sha256(Path path) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
    }
}
