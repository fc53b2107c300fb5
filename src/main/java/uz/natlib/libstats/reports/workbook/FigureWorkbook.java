package uz.natlib.libstats.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * Writes {@link FigureTable}s as an .xlsx workbook, a sheet each: its notes in the first rows,
 * then the header row with a filter, and the data below it without merged cells or spacer rows;
 * the header row and the label columns frozen. Figures are numbers (nothing reported is an
 * empty cell, never 0); every text is neutralised so that no cell can start a formula.
 */
public final class FigureWorkbook {

    private static final int WIDEST_LABEL = 60;

    private FigureWorkbook() {
    }

    public static void write(List<FigureTable> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            for (FigureTable table : tables) {
                sheet(workbook, styles, table);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void sheet(SXSSFWorkbook workbook, Styles styles, FigureTable table) {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.sheetName()));
            sheet.trackAllColumnsForAutoSizing();
            int r = 0;
            for (String note : table.notes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetText.neutralised(note));
                row.getCell(0).setCellStyle(r == 1 ? styles.title : styles.note);
            }
            int headerRow = r;
            Row header = sheet.createRow(r++);
            List<FigureTable.Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(SpreadsheetText.neutralised(columns.get(c).header()));
                header.getCell(c).setCellStyle(styles.header);
            }
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = c < values.size() ? values.get(c) : null;
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
                        cell.setCellStyle(styles.number(columns.get(c).kind(), number));
                    } else {
                        cell.setCellValue(SpreadsheetText.neutralised(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(table.frozenColumns(), headerRow + 1);
            if (!table.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, columns.size() - 1));
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.autoSizeColumn(c);
                int widest = switch (columns.get(c).kind()) {
                    case TEXT -> WIDEST_LABEL;
                    case CODE -> 10;
                    default -> 16;
                };
                sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c), widest * 256));
            }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            note = workbook.createCellStyle();
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            var format = workbook.createDataFormat();
            whole = workbook.createCellStyle();
            whole.setDataFormat(format.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.0##"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0"));
        }

        /** Percentages with one decimal; figures whole unless they have a fraction (megabytes). */
        CellStyle number(FigureTable.Kind kind, Number value) {
            if (kind == FigureTable.Kind.PERCENT) {
                return percent;
            }
            boolean fraction = value instanceof BigDecimal d ? d.stripTrailingZeros().scale() > 0
                    : value.doubleValue() != Math.rint(value.doubleValue());
            return kind == FigureTable.Kind.DECIMAL || fraction ? decimal : whole;
        }
    }
}
