package uz.natlib.libstats.service.web.reports;

import java.time.Instant;

/**
 * One report file of the catalogue, with what the page says about it.
 *
 * @param consolidationRun the consolidation run whose figures the file shows ({@code null} if none)
 * @param runFinishedAt    when that run finished ({@code null} if it never did)
 * @param replacedByRun    the newest later finished run of the same year, whose figures replaced this
 *                         run's in the warehouse; {@code null} when this run's are still the current ones
 * @param reporting        districts whose accepted return that run used for the report's period and territory
 * @param expected         districts of the report's territory
 */
public record ReportEntry(long id, String type, String period, String territory, String territoryCyrl,
                          String territoryLatn, String script, String format, long sizeBytes, String sha256,
                          Instant generatedAt, Long consolidationRun, Instant runFinishedAt, Long replacedByRun,
                          Integer reporting, Integer expected, boolean current) {
}
