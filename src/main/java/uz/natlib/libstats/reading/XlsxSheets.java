package uz.natlib.libstats.reading;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads .xlsx sheets with fastexcel-reader, a streaming StAX parser about twice as fast as
 * POI's SAX path: only the current row is held while parsing, and values come raw (never
 * formatted), formulas as their cached results. Each sheet, row and cell passes the
 * {@link CellGuard} as it streams.
 */
final class XlsxSheets {

    // With cell formats (to tell a date from a count); a cell that cannot be parsed (a number "NaN")
    // becomes an error cell instead of failing the whole sheet.
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    private XlsxSheets() {
    }

    static List<SheetContent> read(InputStream in, CellGuard guard) throws IOException {
        List<SheetContent> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, OPTIONS)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                guard.sheet(sheet.getName());
                List<SheetRow> rows = new ArrayList<>();
                int[] seen = {0};
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        guard.row(sheet.getName(), ++seen[0]);
                        SheetRow converted = convert(sheet.getName(), row, guard);
                        if (!converted.cells().isEmpty()) {
                            rows.add(converted);
                        }
                    });
                }
                sheets.add(new SheetContent(sheet.getName(), sheet.getVisibility() != SheetVisibility.VISIBLE, rows));
            }
        }
        return sheets;
    }

    private static SheetRow convert(String sheetName, Row row, CellGuard guard) {
        int rowIndex = row.getRowNum() - 1;
        Map<Integer, RawCell> cells = new HashMap<>();
        for (Cell cell : row) {
            if (cell == null || cell.getType() == CellType.EMPTY) {
                continue;
            }
            String raw = cell.getRawValue();
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            boolean numeric = cell.getType() == CellType.NUMBER
                    || cell.getType() == CellType.FORMULA && cell.getValue() instanceof BigDecimal;
            String text = numeric ? raw : cell.getType() == CellType.STRING || cell.getType() == CellType.FORMULA
                    ? String.valueOf(cell.getValue() == null ? raw : cell.getValue()) : raw;
            int column = cell.getColumnIndex();
            RawCell guarded = guard.cell(sheetName, rowIndex, column, text, numeric, numeric && isDate(cell));
            if (guarded != null) {
                cells.put(column, numeric ? plain(guarded) : guarded);
            }
        }
        return new SheetRow(rowIndex, cells);
    }

    /** "0", "73", "-12": digits without a leading zero, as BigDecimal's plain form would write them. */
    static boolean isPlainWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int length = text.length() - start;
        if (length < 1 || length > 18 || text.charAt(start) == '0' && (length > 1 || start == 1)) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDate(Cell cell) {
        Integer format = cell.getDataFormatId();
        String pattern = cell.getDataFormatString();
        return format != null && pattern != null && DateUtil.isADateFormat(format, pattern);
    }

    // Excel stores 73 as "73" but some writers as "73.0" or "7.3E1": the raw value, without the noise
    // (the guard has made sure writing it out is short).
    private static RawCell plain(RawCell cell) {
        if (isPlainWholeNumber(cell.text())) {
            return cell; // what nearly every count is: nothing to strip, and no BigDecimal division to find it out
        }
        try {
            String plain = new BigDecimal(cell.text()).stripTrailingZeros().toPlainString();
            return new RawCell(cell.sheet(), cell.cell(), plain, true, cell.date());
        } catch (NumberFormatException e) {
            return new RawCell(cell.sheet(), cell.cell(), cell.text(), false, false);
        }
    }
}
