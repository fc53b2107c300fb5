package uz.natlib.libstats.reports.workbook;

import java.util.List;

/**
 * A report as one flat table for a workbook: a few lines about it above, then one header row
 * and one row per figure line, every row carrying its own code, number, label and measure, so
 * that it can be filtered, sorted and pivoted. The first {@code frozenColumns} stay in view.
 *
 * @param rows each a value per column: a String, a Number, or null for nothing reported
 */
public record FigureTable(String sheetName, List<String> notes, List<Column> columns, List<List<Object>> rows,
                          int frozenColumns) {

    /** How a column's values are written: text, or numbers in one of the formats. */
    public enum Kind {
        /** a short code or number, in a narrow column */
        CODE, TEXT, WHOLE, DECIMAL, PERCENT
    }

    public record Column(String header, Kind kind) {
    }
}
