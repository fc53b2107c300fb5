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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads legacy .xls (BIFF8) workbooks with POI's HSSF: such files are small, so all in memory. */
final class XlsSheets {

    private XlsSheets() {
    }

    static List<SheetContent> read(POIFSFileSystem fs) throws IOException {
        List<SheetContent> sheets = new ArrayList<>();
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                boolean hidden = workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s);
                List<SheetRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    Map<Integer, RawCell> cells = new HashMap<>();
                    for (Cell cell : row) {
                        RawCell raw = convert(sheet.getSheetName(), cell);
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

    private static RawCell convert(String sheet, Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String ref = CellRefs.ref(cell.getRowIndex(), cell.getColumnIndex());
        return switch (type) {
            case NUMERIC -> new RawCell(sheet, ref, plain(cell.getNumericCellValue()), true);
            case STRING -> cell.getStringCellValue().isEmpty() ? null
                    : new RawCell(sheet, ref, cell.getStringCellValue(), false);
            case BOOLEAN -> new RawCell(sheet, ref, Boolean.toString(cell.getBooleanCellValue()), false);
            default -> null;
        };
    }

    // Double.toString would give "1200.0" or "1.2E7"; the raw value is wanted, as in an .xlsx.
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
