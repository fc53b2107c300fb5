package uz.natlib.libstats.templates;

import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Where the writer puts things (0-based). The reader must not rely on these positions (it finds
 * labels); they are for the writer itself and for code that edits a freshly written workbook.
 */
public final class TemplateGrid {

    public static final int TITLE_ROW = 0;
    public static final int SUBTITLE_ROW = 1;
    public static final int FIRST_IDENTIFICATION_ROW = 2;
    public static final int IDENTIFICATION_LABEL_COLUMN = 0;
    public static final int IDENTIFICATION_VALUE_COLUMN = 2;
    public static final int HINT_ROW = 9;
    public static final int HEADER_ROW = 10;
    public static final int FIRST_TABLE_ROW = HEADER_ROW + 1;

    private TemplateGrid() {
    }

    public static int column(Label label) {
        int index = ReturnLayout.TABLE_COLUMNS.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException(label + " is not a table column");
        }
        return index;
    }

    public static int valueColumn(int measure) {
        return column(ReturnLayout.VALUE_COLUMNS.get(measure - 1));
    }

    public static int identificationRow(Label label) {
        int index = ReturnLayout.IDENTIFICATION.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException(label + " is not an identification label");
        }
        return FIRST_IDENTIFICATION_ROW + index;
    }

    /** The cell holding the value of an identification label, created if missing. */
    public static Cell identificationValue(Sheet sheet, Label label) {
        Row row = sheet.getRow(identificationRow(label));
        return cell(row, IDENTIFICATION_VALUE_COLUMN);
    }

    /** The table row of an indicator code, by looking at the code column. */
    public static Optional<Row> indicatorRow(Sheet sheet, String code) {
        int codeColumn = column(Label.CODE);
        for (int r = FIRST_TABLE_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(codeColumn);
            if (cell != null && cell.getCellType() == CellType.STRING && code.equals(cell.getStringCellValue())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The input cell of an indicator's k-th measure (1-based). */
    public static Cell valueCell(Sheet sheet, String code, int measure) {
        Row row = indicatorRow(sheet, code).orElseThrow(() -> new IllegalArgumentException("no row " + code));
        return cell(row, valueColumn(measure));
    }

    private static Cell cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell != null ? cell : row.createCell(column);
    }
}
