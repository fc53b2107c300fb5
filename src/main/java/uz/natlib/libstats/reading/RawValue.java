package uz.natlib.libstats.reading;

/**
 * One reported figure as found in the file: an indicator code and either the value slot of a
 * workbook row (1..3: the indicator's first, second, third measure) or, in a CSV, a measure name.
 *
 * @param slot              1-based value column of a workbook row, or 0 for a CSV
 * @param measureText       the measure as written in a CSV (key or label in any script), else {@code null}
 * @param shownMeasureLabel the label the workbook shows beside the value ("ном", "nusxa"), if any
 */
public record RawValue(String indicatorCode, int slot, String measureText, String shownMeasureLabel, RawCell cell) {
}
