package uz.natlib.libstats.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * The README's "Workbooks": the sheet is protected without a password; only the input cells can be
 * changed, and they accept only numbers ≥ 0 (whole, except megabytes) or the two done words; a plan
 * offers cells only on the rows that bear a plan. Checked cell by cell against the catalogue.
 */
class TemplateInputLimitsTest {

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

    private static XSSFWorkbook write(Integer quarter, Script script) throws IOException {
        TemplateRequest request = TemplateRequest.blank(catalogue, jondor, bukhara, 2021, quarter, script,
                WorkbookFormat.XLSX, Map.<ValueKey, BigDecimal>of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new TemplateWriter().build(request)) {
            wb.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The validations whose ranges cover the cell. */
    private static List<DataValidation> validationsOf(Sheet sheet, Cell cell) {
        return sheet.getDataValidations().stream().filter(v -> {
            for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(cell)) {
                    return true;
                }
            }
            return false;
        }).map(v -> (DataValidation) v).toList();
    }

    private static void assertOnlyNumbersFromZero(Sheet sheet, Cell cell, boolean decimals, String what) {
        assertThat(cell.getCellStyle().getLocked()).as(what + " is an input cell").isFalse();
        List<DataValidation> validations = validationsOf(sheet, cell);
        assertThat(validations).as(what).hasSize(1);
        DataValidation v = validations.get(0);
        assertThat(v.getValidationConstraint().getValidationType()).as(what)
                .isEqualTo(decimals ? ValidationType.DECIMAL : ValidationType.INTEGER);
        assertThat(v.getValidationConstraint().getOperator()).as(what).isEqualTo(OperatorType.GREATER_OR_EQUAL);
        assertThat(v.getValidationConstraint().getFormula1()).as(what).isEqualTo("0");
        assertThat(v.getErrorStyle()).as(what + ": refused, not warned").isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(v.getShowErrorBox()).as(what).isTrue();
    }

    @Test
    void givenAReturn_whenWritten_thenTheSheetIsProtectedAndEveryValueCellTakesOnlyNumbersFromZero() throws IOException {
        for (Script script : List.of(Script.CYRL, Script.LATN)) {
            try (XSSFWorkbook wb = write(1, script)) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getProtect()).as("protected").isTrue();
                // without a password
                assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
                assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
                int checked = 0;
                for (Indicator indicator : catalogue.indicators()) {
                    Row row = TemplateGrid.indicatorRow(sheet, indicator.code()).orElseThrow(
                            () -> new AssertionError("no row " + indicator.code()));
                    assertThat(row.getCell(TemplateGrid.column(Label.CODE)).getCellStyle().getLocked())
                            .as(indicator.code() + ": the code cannot be changed").isTrue();
                    if (indicator.qualitative()) {
                        Cell done = row.getCell(TemplateGrid.column(Label.DONE));
                        assertThat(done.getCellStyle().getLocked()).as(indicator.code()).isFalse();
                        List<DataValidation> list = validationsOf(sheet, done);
                        assertThat(list).as(indicator.code()).singleElement().satisfies(v -> {
                            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                            assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly(
                                    script == Script.CYRL ? new String[] {"бажарилди", "бажарилмади"}
                                            : new String[] {"bajarildi", "bajarilmadi"});
                            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                        });
                        continue;
                    }
                    for (int m = 1; m <= indicator.measures().size(); m++) {
                        boolean megabytes = indicator.measures().get(m - 1).equals("megabytes");
                        assertOnlyNumbersFromZero(sheet, TemplateGrid.valueCell(sheet, indicator.code(), m), megabytes,
                                script + " " + indicator.code() + " measure " + m);
                        checked++;
                    }
                    // a measure the row does not have: locked, and no input
                    for (int m = indicator.measures().size() + 1; m <= 3; m++) {
                        Cell unused = row.getCell(TemplateGrid.valueColumn(m));
                        if (unused != null) {
                            assertThat(unused.getCellStyle().getLocked()).as(indicator.code() + " unused " + m).isTrue();
                            assertThat(validationsOf(sheet, unused)).as(indicator.code() + " unused " + m).isEmpty();
                        }
                    }
                }
                assertThat(checked).isGreaterThan(150);
            }
        }
    }

    @Test
    void givenAPlan_whenWritten_thenOnlyThePlanBearingRowsTakeFiguresAndTheOthersAreLocked() throws IOException {
        try (XSSFWorkbook wb = write(null, Script.CYRL)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            int planRows = 0;
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.qualitative()) {
                    continue;
                }
                for (int m = 1; m <= indicator.measures().size(); m++) {
                    Cell cell = TemplateGrid.valueCell(sheet, indicator.code(), m);
                    String what = indicator.code() + " measure " + m;
                    if (indicator.planBearing()) {
                        assertOnlyNumbersFromZero(sheet, cell, indicator.measures().get(m - 1).equals("megabytes"), what);
                    } else {
                        assertThat(cell.getCellStyle().getLocked()).as(what + ": no plan, locked").isTrue();
                        assertThat(validationsOf(sheet, cell)).as(what).isEmpty();
                    }
                }
                planRows += indicator.planBearing() ? 1 : 0;
            }
            // 5.21-5.23, 8.1 and 10.2-10.11 with their parts
            assertThat(planRows).isEqualTo(36);
        }
    }
}
