package uz.natlib.libstats.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

class TemplateWriterTest {

    private static Catalogue catalogue;
    private static Territory jondor;
    private static Territory bukhara;

    @BeforeAll
    static void readReferenceData() {
        catalogue = CatalogueFiles.read(2021);
        List<Territory> all = SoatoRegistry.load();
        jondor = all.stream().filter(t -> t.code().equals("1706246")).findFirst().orElseThrow();
        bukhara = all.stream().filter(t -> t.code().equals("1706")).findFirst().orElseThrow();
    }

    private static TemplateRequest request(Integer quarter, Script script, WorkbookFormat format,
                                           Map<ValueKey, BigDecimal> plan) {
        return TemplateRequest.blank(catalogue, jondor, bukhara, 2021, quarter, script, format, plan);
    }

    private static Workbook writeAndReopen(TemplateRequest request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new TemplateWriter().build(request)) {
            wb.write(bytes);
        }
        return WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static Map<String, String> meta(Workbook wb) {
        Map<String, String> meta = new HashMap<>();
        for (Row row : wb.getSheet(ReturnLayout.META_SHEET)) {
            Cell value = row.getCell(1);
            meta.put(row.getCell(0).getStringCellValue(), value == null ? "" : value.getStringCellValue());
        }
        return meta;
    }

    private static Row headerRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && Label.CODE.matches(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no header row");
    }

    private static List<String> codes(Sheet sheet) {
        List<String> codes = new ArrayList<>();
        for (int r = headerRow(sheet).getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(0);
            if (cell != null && cell.getCellType() != CellType.BLANK) {
                assertThat(cell.getCellType()).as("code cell of row %d", r + 1).isEqualTo(CellType.STRING);
                codes.add(cell.getStringCellValue());
            }
        }
        return codes;
    }

    private static String identification(Sheet sheet, Label label) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && label.matches(a.getStringCellValue())) {
                Cell c = row.getCell(2);
                return c == null ? "" : c.getStringCellValue();
            }
        }
        throw new AssertionError("no identification label " + label);
    }

    @Test
    void givenJondorQ1_whenWritten_thenHiddenSheetCarriesEveryMetaKey() throws IOException {
        try (Workbook wb = writeAndReopen(request(1, Script.CYRL, WorkbookFormat.XLSX, Map.of()))) {
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(ReturnLayout.META_SHEET))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(meta(wb)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "format", "libstats-return", "template_version", ReturnLayout.TEMPLATE_VERSION, "kind", "return",
                    "district", "1706246", "region", "1706", "year", "2021", "quarter", "1", "script", "cyrl"));
            assertThat(wb.getSheetName(0)).isEqualTo("Ҳисобот");
        }
    }

    @Test
    void givenJondorQ1_whenWritten_thenIdentificationBlockAndHeaderFollowTheContract() throws IOException {
        try (Workbook wb = writeAndReopen(request(1, Script.CYRL, WorkbookFormat.XLSX, Map.of()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(identification(sheet, Label.REGION)).isEqualTo("Бухоро вилояти");
            assertThat(identification(sheet, Label.DISTRICT)).isEqualTo("Жондор тумани");
            assertThat(identification(sheet, Label.SOATO)).isEqualTo("1706246");
            assertThat(identification(sheet, Label.YEAR)).isEqualTo("2021");
            assertThat(identification(sheet, Label.QUARTER)).isEqualTo("I");
            assertThat(identification(sheet, Label.KIND)).isEqualTo("чорак ҳисоботи");
            assertThat(identification(sheet, Label.TEMPLATE_VERSION)).isEqualTo(ReturnLayout.TEMPLATE_VERSION);
            List<String> header = new ArrayList<>();
            headerRow(sheet).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(ReturnLayout.TABLE_COLUMNS.stream().map(Label::cyrl).toList());
        }
    }

    @Test
    void givenTheCatalogue_whenWritten_thenEveryCodeIsATextCellInCatalogueOrder() throws IOException {
        try (Workbook wb = writeAndReopen(request(2, Script.CYRL, WorkbookFormat.XLSX, Map.of()))) {
            assertThat(codes(wb.getSheetAt(0)))
                    .containsExactlyElementsOf(catalogue.indicators().stream().map(Indicator::code).toList())
                    .contains("10.10");
        }
    }

    @Test
    void givenAReturn_whenWritten_thenOnlyInputCellsAreUnlockedAndTheSheetIsProtected() throws IOException {
        try (Workbook wb = writeAndReopen(request(1, Script.CYRL, WorkbookFormat.XLSX, Map.of()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            Row books = TemplateGrid.indicatorRow(sheet, "1.2.01").orElseThrow();
            assertThat(books.getCell(TemplateGrid.valueColumn(1)).getCellStyle().getLocked()).isFalse();
            assertThat(books.getCell(TemplateGrid.valueColumn(2)).getCellStyle().getLocked()).isFalse();
            assertThat(books.getCell(TemplateGrid.valueColumn(3)).getCellStyle().getLocked()).isTrue();
            assertThat(books.getCell(TemplateGrid.column(Label.CODE)).getCellStyle().getLocked()).isTrue();
            assertThat(books.getCell(TemplateGrid.column(Label.INDICATOR)).getCellStyle().getLocked()).isTrue();
            assertThat(books.getCell(TemplateGrid.column(Label.MEASURE_1)).getStringCellValue()).isEqualTo("ном");
            assertThat(books.getCell(TemplateGrid.column(Label.NOTE)).getCellStyle().getLocked()).isFalse();
            Row website = TemplateGrid.indicatorRow(sheet, "10.1").orElseThrow();
            assertThat(website.getCell(TemplateGrid.column(Label.DONE)).getCellStyle().getLocked()).isFalse();
            assertThat(website.getCell(TemplateGrid.valueColumn(1)).getCellStyle().getLocked()).isTrue();
        }
    }

    /** Every cell a validation of the given type covers, as "row:column". */
    private static java.util.Set<String> covered(List<? extends DataValidation> validations, int type) {
        java.util.Set<String> cells = new java.util.TreeSet<>();
        for (DataValidation v : validations) {
            if (v.getValidationConstraint().getValidationType() != type) {
                continue;
            }
            for (var range : v.getRegions().getCellRangeAddresses()) {
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                        cells.add(r + ":" + c);
                    }
                }
            }
        }
        return cells;
    }

    @Test
    void givenAReturn_whenWritten_thenNumbersAndDoneCellsAreValidated() throws IOException {
        try (Workbook wb = writeAndReopen(request(1, Script.CYRL, WorkbookFormat.XLSX, Map.of()))) {
            Sheet sheet = wb.getSheetAt(0);
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).extracting(v -> v.getValidationConstraint().getValidationType())
                    .containsExactlyInAnyOrder(ValidationType.INTEGER, ValidationType.DECIMAL, ValidationType.LIST);
            // The cells that must be validated, from the catalogue: each measure's input cell of a row
            // with figures (megabytes may be fractional, every other measure is a whole number), and the
            // Done cell of each qualitative row.
            java.util.Set<String> whole = new java.util.TreeSet<>();
            java.util.Set<String> decimal = new java.util.TreeSet<>();
            java.util.Set<String> done = new java.util.TreeSet<>();
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.qualitative()) {
                    Row row = TemplateGrid.indicatorRow(sheet, indicator.code()).orElseThrow();
                    done.add(row.getRowNum() + ":" + TemplateGrid.column(Label.DONE));
                }
                for (int k = 1; k <= indicator.measures().size(); k++) {
                    Cell cell = TemplateGrid.valueCell(sheet, indicator.code(), k);
                    String at = cell.getRowIndex() + ":" + cell.getColumnIndex();
                    (indicator.measures().get(k - 1).equals("megabytes") ? decimal : whole).add(at);
                }
            }
            assertThat(decimal).isNotEmpty();
            assertThat(covered(validations, ValidationType.INTEGER)).isEqualTo(whole);
            assertThat(covered(validations, ValidationType.DECIMAL)).isEqualTo(decimal);
            assertThat(covered(validations, ValidationType.LIST)).isEqualTo(done);
            for (DataValidation v : validations) {
                // numbers: at least 0, no upper bound; a wrong entry is refused with a message
                if (v.getValidationConstraint().getValidationType() != ValidationType.LIST) {
                    assertThat(v.getValidationConstraint().getOperator())
                            .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
                    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
                    assertThat(v.getValidationConstraint().getFormula2()).isNull();
                }
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(v.getShowErrorBox()).isTrue();
                assertThat(v.getEmptyCellAllowed()).isTrue();
                assertThat(v.getErrorBoxText()).isNotBlank();
            }
            DataValidation list = validations.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                    .findFirst().orElseThrow();
            assertThat(list.getValidationConstraint().getExplicitListValues()).containsExactly("бажарилди", "бажарилмади");
        }
    }

    @Test
    void givenLatinScript_whenWritten_thenLabelsNamesAndDoneWordsAreLatin() throws IOException {
        try (Workbook wb = writeAndReopen(request(3, Script.LATN, WorkbookFormat.XLSX, Map.of()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("Hisobot");
            assertThat(headerRow(sheet).getCell(2).getStringCellValue()).isEqualTo("Koʻrsatkich");
            assertThat(identification(sheet, Label.DISTRICT)).isEqualTo("Jondor tumani");
            assertThat(identification(sheet, Label.KIND)).isEqualTo("chorak hisoboti");
            assertThat(identification(sheet, Label.QUARTER)).isEqualTo("III");
            assertThat(meta(wb)).containsEntry("script", "latn");
            Row total = TemplateGrid.indicatorRow(sheet, "1.1").orElseThrow();
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("Umumiy fond jami");
            assertThat(total.getCell(TemplateGrid.column(Label.MEASURE_2)).getStringCellValue()).isEqualTo("nusxa");
        }
    }

    @Test
    void givenPlanFigures_whenAReturnIsWritten_thenTheyShowInThePlanColumnPerMeasure() throws IOException {
        Map<ValueKey, BigDecimal> plan = Map.of(
                new ValueKey("10.3", "readers"), new BigDecimal("21"),
                new ValueKey("8.1", "events"), new BigDecimal("15"),
                new ValueKey("8.1", "participants"), new BigDecimal("30"));
        try (Workbook wb = writeAndReopen(request(1, Script.CYRL, WorkbookFormat.XLSX, plan))) {
            Sheet sheet = wb.getSheetAt(0);
            int planColumn = TemplateGrid.column(Label.PLAN);
            assertThat(TemplateGrid.indicatorRow(sheet, "10.3").orElseThrow().getCell(planColumn).getStringCellValue())
                    .isEqualTo("21");
            assertThat(TemplateGrid.indicatorRow(sheet, "8.1").orElseThrow().getCell(planColumn).getStringCellValue())
                    .isEqualTo("15 / 30");
            assertThat(TemplateGrid.indicatorRow(sheet, "10.7").orElseThrow().getCell(planColumn).getCellType())
                    .isEqualTo(CellType.BLANK);
            assertThat(TemplateGrid.valueCell(sheet, "10.3", 1).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void givenAnAnnualPlan_whenWritten_thenValueCellsHoldThePlanAndThePlanColumnIsEmpty() throws IOException {
        Map<ValueKey, BigDecimal> plan = Map.of(new ValueKey("10.7", "posts"), new BigDecimal("1200"));
        try (Workbook wb = writeAndReopen(request(null, Script.CYRL, WorkbookFormat.XLSX, plan))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("Режа");
            assertThat(identification(sheet, Label.KIND)).isEqualTo("йиллик режа");
            assertThat(identification(sheet, Label.QUARTER)).isEmpty();
            assertThat(meta(wb)).containsEntry("kind", "plan").containsEntry("quarter", "");
            assertThat(TemplateGrid.valueCell(sheet, "10.7", 1).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(TemplateGrid.indicatorRow(sheet, "10.7").orElseThrow()
                    .getCell(TemplateGrid.column(Label.PLAN)).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void givenAnAnnualPlan_whenWrittenInEitherFormat_thenInputCellsExistExactlyForThePlanBearingRows() throws IOException {
        for (WorkbookFormat format : WorkbookFormat.values()) {
            try (Workbook wb = writeAndReopen(request(null, Script.CYRL, format, Map.of()))) {
                Sheet sheet = wb.getSheetAt(0);
                int planRows = 0;
                for (Indicator indicator : catalogue.indicators()) {
                    List<Integer> open = unlockedValueSlots(sheet, indicator.code());
                    if (indicator.planBearing()) {
                        planRows++;
                        assertThat(open).as(format + " plan cells of " + indicator.code())
                                .hasSize(indicator.measures().size());
                    } else {
                        assertThat(open).as(format + " plan cells of " + indicator.code()).isEmpty();
                    }
                }
                // 5.21-5.23 with their parts (6), 8.1 with its six parts (7), 10.2-10.11 without the qualitative 10.1
                // and with the thirteen parts of 10.4 (23).
                assertThat(planRows).isEqualTo(36);
                Row collection = TemplateGrid.indicatorRow(sheet, "1.1").orElseThrow();
                assertThat(collection.getCell(TemplateGrid.column(Label.MEASURE_1)).getCellType()).isEqualTo(CellType.BLANK);
                assertThat(TemplateGrid.valueCell(sheet, "10.2", 3).getCellStyle().getLocked()).isFalse();
            }
        }
    }

    @Test
    void givenAStoredPlanFigureOnARowWithoutPlan_whenTemplatesAreWritten_thenNeitherThePlanNorTheReturnShowsIt()
            throws IOException {
        Map<ValueKey, BigDecimal> plan = Map.of(new ValueKey("1.1", "titles"), new BigDecimal("12000"),
                new ValueKey("10.10", "count"), new BigDecimal("7"));
        try (Workbook wb = writeAndReopen(request(null, Script.CYRL, WorkbookFormat.XLSX, plan))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(TemplateGrid.valueCell(sheet, "1.1", 1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(TemplateGrid.valueCell(sheet, "1.1", 1).getCellStyle().getLocked()).isTrue();
            assertThat(TemplateGrid.valueCell(sheet, "10.10", 1).getNumericCellValue()).isEqualTo(7.0);
        }
        try (Workbook wb = writeAndReopen(request(2, Script.CYRL, WorkbookFormat.XLSX, plan))) {
            Sheet sheet = wb.getSheetAt(0);
            int planColumn = TemplateGrid.column(Label.PLAN);
            assertThat(TemplateGrid.indicatorRow(sheet, "1.1").orElseThrow().getCell(planColumn).getCellType())
                    .isEqualTo(CellType.BLANK);
            assertThat(TemplateGrid.indicatorRow(sheet, "10.10").orElseThrow().getCell(planColumn).getStringCellValue())
                    .isEqualTo("7");
        }
    }

    @Test
    void givenAQuarterlyReturn_whenWritten_thenEveryMeasureOfEveryRowHasAnInputCellWhateverItsPlan() throws IOException {
        try (Workbook wb = writeAndReopen(request(3, Script.LATN, WorkbookFormat.XLSX, Map.of()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Indicator indicator : catalogue.indicators()) {
                assertThat(unlockedValueSlots(sheet, indicator.code())).as("return cells of " + indicator.code())
                        .hasSize(indicator.measures().size());
            }
        }
    }

    /** The value slots (1-3) of a row whose cell a district can type into. */
    private static List<Integer> unlockedValueSlots(Sheet sheet, String code) {
        Row row = TemplateGrid.indicatorRow(sheet, code).orElseThrow();
        List<Integer> open = new ArrayList<>();
        for (int k = 1; k <= ReturnLayout.MAX_MEASURES; k++) {
            Cell cell = row.getCell(TemplateGrid.valueColumn(k));
            if (cell != null && !cell.getCellStyle().getLocked()) {
                open.add(k);
            }
        }
        return open;
    }

    @Test
    void givenFilledValuesAndStatuses_whenWrittenAsXls_thenTheLegacyWorkbookHoldsThem() throws IOException {
        TemplateRequest request = request(4, Script.CYRL, WorkbookFormat.XLS, Map.of()).filled(
                Map.of(new ValueKey("10.2", "megabytes"), new BigDecimal("3959.7"),
                        new ValueKey("1.1", "copies"), new BigDecimal("41250")),
                Map.of("10.1", new ReportedStatus("10.1", true, "сайт янгиланди", null, null)));
        try (Workbook wb = writeAndReopen(request)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getClass().getSimpleName()).isEqualTo("HSSFWorkbook");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(TemplateGrid.valueCell(sheet, "10.2", 3).getNumericCellValue()).isEqualTo(3959.7);
            assertThat(TemplateGrid.valueCell(sheet, "1.1", 2).getNumericCellValue()).isEqualTo(41250.0);
            Row website = TemplateGrid.indicatorRow(sheet, "10.1").orElseThrow();
            assertThat(website.getCell(TemplateGrid.column(Label.DONE)).getStringCellValue()).isEqualTo("бажарилди");
            assertThat(website.getCell(TemplateGrid.column(Label.NOTE)).getStringCellValue()).isEqualTo("сайт янгиланди");
            assertThat(codes(sheet)).hasSize(catalogue.indicators().size());
            assertThat(meta(wb)).containsEntry("quarter", "4");
        }
    }

    @Test
    void givenAnXlsxWrittenToAFile_whenReopened_thenTheStreamedWorkbookKeepsTheContract(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("q2.xlsx");
        TemplateRequest request = request(2, Script.CYRL, WorkbookFormat.XLSX, Map.of(new ValueKey("8.1", "events"), BigDecimal.TEN))
                .filled(Map.of(new ValueKey("1.1", "titles"), new BigDecimal("12000")), Map.of());
        new TemplateWriter().write(request, file);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getClass().getSimpleName()).isEqualTo("XSSFWorkbook");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getDataValidations()).hasSize(3);
            assertThat(wb.getSheetVisibility(1)).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(meta(wb)).containsEntry("quarter", "2").containsEntry("district", "1706246");
            assertThat(codes(sheet)).containsExactlyElementsOf(catalogue.indicators().stream().map(Indicator::code).toList());
            assertThat(identification(sheet, Label.SOATO)).isEqualTo("1706246");
            assertThat(TemplateGrid.valueCell(sheet, "1.1", 1).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(TemplateGrid.valueCell(sheet, "1.1", 1).getCellStyle().getLocked()).isFalse();
            assertThat(TemplateGrid.indicatorRow(sheet, "8.1").orElseThrow()
                    .getCell(TemplateGrid.column(Label.PLAN)).getStringCellValue()).isEqualTo("10");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (TemplateGrid.HEADER_ROW + 1));
        }
    }

    @Test
    void givenADistrict_whenFileNamed_thenCodeLatinSlugYearAndPeriod() {
        assertThat(TemplateFiles.fileName(jondor, 2021, 3, "xlsx")).isEqualTo("1706246_jondor-tumani_2021_Q3.xlsx");
        assertThat(TemplateFiles.fileName(jondor, 2021, null, "xls")).isEqualTo("1706246_jondor-tumani_2021_plan.xls");
        Territory gijduvon = SoatoRegistry.load().stream().filter(t -> t.code().equals("1706215")).findFirst().orElseThrow();
        assertThat(TemplateFiles.slug(gijduvon)).isEqualTo("gijduvon-tumani");
    }
}
