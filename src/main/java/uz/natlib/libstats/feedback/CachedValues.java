package uz.natlib.libstats.feedback;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * Every formula of a sender's workbook replaced by the value it last showed (its cached result),
 * so that nothing handed back computes, follows a link or runs a DDE command when opened; a
 * formula with no value kept is left blank, its text in a comment.
 */
final class CachedValues {

    private CachedValues() {
    }

    static void handBack(Workbook workbook) {
        FormulaComments comments = new FormulaComments(workbook);
        for (Sheet sheet : workbook) {
            List<Cell> formulas = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell);
                    }
                }
            }
            for (Cell cell : formulas) {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue; // a cell of an array formula handed back with its group
                }
                if (cell.isPartOfArrayFormulaGroup()) {
                    handBackArray(sheet, cell.getArrayFormulaRange());
                } else if (hasCachedValue(cell)) {
                    set(cell, cached(cell));
                } else {
                    String formula = formulaText(cell);
                    set(cell, null);
                    comments.add(cell, formula);
                }
            }
            neutraliseTexts(sheet);
        }
    }

    /**
     * A text a spreadsheet would take for a formula once edited or saved as CSV ({@code =1+1},
     * {@code +cmd|...}, {@code @SUM(...)}) is handed back neutralised, as every other output is.
     */
    private static void neutraliseTexts(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    String text = cell.getStringCellValue();
                    String safe = SpreadsheetText.neutralised(text);
                    if (!safe.equals(text)) {
                        // Blanked first: POI would write an inline string's new text beside the old one, which stays.
                        cell.setBlank();
                        cell.setCellValue(safe);
                    }
                }
            }
        }
    }

    /** POI refuses to change one cell of an array formula, and removing the group blanks it: values first. */
    private static void handBackArray(Sheet sheet, CellRangeAddress range) {
        List<Cell> cells = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            Row row = sheet.getRow(r);
            for (int c = range.getFirstColumn(); row != null && c <= range.getLastColumn(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.FORMULA) {
                    cells.add(cell);
                    values.add(cached(cell));
                }
            }
        }
        sheet.removeArrayFormula(sheet.getRow(range.getFirstRow()).getCell(range.getFirstColumn()));
        for (int i = 0; i < cells.size(); i++) {
            set(cells.get(i), values.get(i));
        }
    }

    /**
     * A workbook written by a program rather than by Excel may hold formulas it never
     * calculated (an .xls always holds a value): read as 0, they would show a figure nobody saw.
     */
    private static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
    }

    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            // POI could not read it back (a DDE link, a shared formula it cannot shift): as stored.
            return cell instanceof XSSFCell xssf && xssf.getCTCell().isSetF()
                    ? xssf.getCTCell().getF().getStringValue() : "";
        }
    }

    private static Object cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue();
            // What the sender saw (#REF! of a link that cannot be followed, #N/A), unless unknown.
            case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()) : null;
            default -> null;
        };
    }

    /** Blank first: that drops the formula with its cached result, keeping the cell's style. */
    private static void set(Cell cell, Object value) {
        cell.setBlank();
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof FormulaError error) {
            cell.setCellErrorValue(error.getCode());
        }
    }
}
