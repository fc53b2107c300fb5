package uz.natlib.libstats.service.web.reports;

/**
 * A row of the reports table, worded for the reader: names in the user's script, times in
 * Tashkent time, sizes rounded. Message keys stay keys: the page writes them in its language.
 */
record ReportRow(long id, String typeKey, String year, String quarter, String territory, String scriptKey,
                 String format, String size, Long run, String runFinished, Long replacedBy, Integer reporting,
                 Integer expected, String generated, boolean current) {
}
