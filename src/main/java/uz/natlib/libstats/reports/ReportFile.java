package uz.natlib.libstats.reports;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import uz.natlib.libstats.vocabulary.Script;

/** A report file as catalogued in table {@code report}; {@code path} is absolute. */
public record ReportFile(ReportType type, String periodCode, String territoryCode, Script script, ReportFormat format,
                         Path path, long size, String sha256, OffsetDateTime generatedAt, Long consolidationRun) {
}
