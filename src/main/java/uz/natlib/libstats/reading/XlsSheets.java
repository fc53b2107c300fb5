package uz.natlib.libstats.reading;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads legacy .xls (BIFF8) workbooks with POI's HSSF: such files are small, so all in memory. */
final class XlsSheets {

    private XlsSheets() {
    }

    static List<SheetContent> read(POIFSFileSystem fs, CellGuard guard) throws IOException {
        List<SheetContent> sheets = new ArrayList<>();
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                guard.sheet(sheet.getSheetName());
                int seen = 0;
                boolean hidden = workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s);
                List<SheetRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    guard.row(sheet.getSheetName(), ++seen);
                    Map<Integer, RawCell> cells = new HashMap<>();
                    for (Cell cell : row) {
                        RawCell raw = convert(sheet.getSheetName(), cell, guard);
                        if (raw != null) {
                            cells.put(cell.getColumnIndex(), raw);
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.add(new SheetRow(row.getRowNum(), cells));
                    }
                }
                sheets.add(new SheetContent(sheet.getSheetName(), hidden, rows));
            }
        }
        return sheets;
    }

    private static RawCell convert(String sheet, Cell cell, CellGuard guard) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> number(sheet, cell, guard);
            case STRING -> cell.getStringCellValue().isEmpty() ? null
                    : guard.cell(sheet, row, column, cell.getStringCellValue(), false, false);
            case BOOLEAN -> guard.cell(sheet, row, column, Boolean.toString(cell.getBooleanCellValue()), false, false);
            default -> null;
        };
    }

    private static RawCell number(String sheet, Cell cell, CellGuard guard) {
        double value = cell.getNumericCellValue();
        if (!Double.isFinite(value)) {
            // Not a number a person typed: read as text, so that it is one finding on this cell.
            return guard.cell(sheet, cell.getRowIndex(), cell.getColumnIndex(), Double.toString(value), false, false);
        }
        // Double.toString would give "1200.0"; the guard sees "1.2E+3" and counts its digits before it is written out.
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        RawCell guarded = guard.cell(sheet, cell.getRowIndex(), cell.getColumnIndex(), exact.toString(), true,
                DateUtil.isCellDateFormatted(cell));
        return guarded == null ? null
                : new RawCell(sheet, guarded.cell(), exact.toPlainString(), true, guarded.date());
    }
}
