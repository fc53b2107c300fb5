package uz.natlib.libstats.normalisation;

/**
 * A qualitative row's answer: done ({@code true}), not done ({@code false}) or not said
 * ({@code null}), with the district's note.
 */
public record ReportedStatus(String indicatorCode, Boolean done, String note, String sheet, String cell) {
}
