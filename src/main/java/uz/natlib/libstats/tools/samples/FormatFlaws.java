package uz.natlib.libstats.tools.samples;

import static uz.natlib.libstats.tools.samples.WorkbookEdits.main;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.templates.TemplateGrid;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/** Workbooks that are right in content but not in form: what people do to a template that must still read. */
final class FormatFlaws {

    private FormatFlaws() {
    }

    /**
     * Figures of one section typed as sums ("=10+5") and one total as a SUM of its parts, with
     * cached values, as Excel saves them.
     */
    static void formulas(Workbook wb, Catalogue catalogue, String section, String sumTotal) {
        Sheet sheet = main(wb);
        for (Indicator indicator : catalogue.indicators()) {
            if (!indicator.section().equals(section)) {
                continue;
            }
            for (int k = 1; k <= indicator.measures().size(); k++) {
                Cell cell = TemplateGrid.valueCell(sheet, indicator.code(), k);
                if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() >= 2
                        && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())) {
                    long value = (long) cell.getNumericCellValue();
                    cell.setCellFormula(value / 2 + "+" + (value - value / 2));
                }
            }
        }
        Row total = TemplateGrid.indicatorRow(sheet, sumTotal).orElseThrow();
        long parts = catalogue.indicators().stream().filter(i -> sumTotal.equals(i.parentCode())).count();
        String column = CellReference.convertNumToColString(TemplateGrid.valueColumn(1));
        int first = total.getRowNum() + 2;
        total.getCell(TemplateGrid.valueColumn(1)).setCellFormula(
                "SUM(" + column + first + ":" + column + (first + parts - 1) + ")");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /**
     * An extra column between Indicator and Unit, merged title and identification cells, and an
     * extra blank row before a section: a reader that finds things by label still reads it.
     */
    static void mergedCellsExtraRowAndColumn(Workbook wb, String blankRowBeforeSection) {
        Sheet sheet = main(wb);
        int last = ReturnLayout.TABLE_COLUMNS.size() - 1;
        int at = TemplateGrid.column(Label.UNIT);
        int[] widths = new int[last + 1];
        for (int c = 0; c <= last; c++) {
            widths[c] = sheet.getColumnWidth(c);
        }
        sheet.shiftColumns(at, last, 1);
        for (int c = at; c <= last; c++) {
            sheet.setColumnWidth(c + 1, widths[c]);
        }
        sheet.setColumnWidth(at, 12 * 256);
        Row header = sheet.getRow(TemplateGrid.HEADER_ROW);
        Cell extra = header.createCell(at);
        extra.setCellStyle(header.getCell(at - 1).getCellStyle());
        extra.setCellValue("Қўшимча");

        sheet.addMergedRegion(new CellRangeAddress(TemplateGrid.TITLE_ROW, TemplateGrid.TITLE_ROW, 0, last + 1));
        sheet.addMergedRegion(new CellRangeAddress(TemplateGrid.SUBTITLE_ROW, TemplateGrid.SUBTITLE_ROW, 0, last + 1));
        for (Label label : ReturnLayout.IDENTIFICATION) {
            int row = TemplateGrid.identificationRow(label);
            sheet.addMergedRegion(new CellRangeAddress(row, row, TemplateGrid.IDENTIFICATION_VALUE_COLUMN,
                    TemplateGrid.IDENTIFICATION_VALUE_COLUMN + 2));
        }
        int sectionRow = sectionRow(sheet, blankRowBeforeSection);
        sheet.shiftRows(sectionRow, sheet.getLastRowNum(), 1);
    }

    /** Numbers as people type them: a thousands space, a unit word, a dash for none, two measures in one cell. */
    static void numbersAsText(Workbook wb) {
        WorkbookEdits.text(wb, "10.7", 1, "1\u00A0200");
        WorkbookEdits.text(wb, "5.9", 1, "15 та");
        WorkbookEdits.text(wb, "MED.1", 1, "–");
        WorkbookEdits.text(wb, "1.5", 1, "12/340");
        WorkbookEdits.blank(wb, "1.5", 2);
    }

    private static int sectionRow(Sheet sheet, String section) {
        int numberColumn = TemplateGrid.column(Label.NUMBER);
        for (int r = TemplateGrid.FIRST_TABLE_ROW; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(numberColumn);
            Cell code = sheet.getRow(r).getCell(TemplateGrid.column(Label.CODE));
            if (cell != null && section.equals(cell.getStringCellValue())
                    && (code == null || code.getCellType() == CellType.BLANK)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no section " + section);
    }
}
