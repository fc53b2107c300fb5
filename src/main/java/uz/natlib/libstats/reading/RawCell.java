package uz.natlib.libstats.reading;

/**
 * What one cell said, before any interpretation.
 *
 * @param sheet   sheet name ({@code null} for a CSV)
 * @param cell    A1-style reference ({@code F23}); for a CSV {@code line 12}
 * @param text    the cell's value as text: for a number cell its raw stored value ("1200", "3959.7"),
 *                never a formatted one; for a formula its cached value; {@code ""} when empty
 * @param numeric whether the workbook stored a number (not text)
 * @param date    whether that number is shown as a date or time (Excel stores dates as day counts)
 */
public record RawCell(String sheet, String cell, String text, boolean numeric, boolean date) {

    public RawCell(String sheet, String cell, String text, boolean numeric) {
        this(sheet, cell, text, numeric, false);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
