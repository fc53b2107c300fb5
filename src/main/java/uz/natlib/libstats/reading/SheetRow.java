package uz.natlib.libstats.reading;

import java.util.Map;

/**
 * One row of a sheet as the format-specific readers hand it over: its non-empty cells by
 * 0-based column index. This keeps POI and fastexcel out of everything that interprets rows.
 */
public record SheetRow(int index, Map<Integer, RawCell> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    public RawCell cell(int column) {
        return cells.get(column);
    }

    public String text(int column) {
        RawCell cell = cells.get(column);
        return cell == null ? "" : cell.text().strip();
    }
}
