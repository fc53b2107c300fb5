package uz.natlib.libstats.service.web.reports;

/**
 * A report's row as a download needs it.
 *
 * @param path   where the file is, relative to the data folder, as the report job wrote it
 * @param region the region the report belongs to (a district's region for a district's report),
 *               {@code null} for the nation's reports, which every user may read
 */
public record StoredReport(long id, String type, String period, String territory, String script, String format,
                           String path, String region) {
}
