package uz.natlib.libstats.reading;

/**
 * The done / not done answer and the note of one row, as found in the file.
 *
 * @param done the Done cell, or {@code null} if the row has none
 * @param note the Note cell, or {@code null}
 */
public record RawStatus(String indicatorCode, RawCell done, RawCell note) {
}
