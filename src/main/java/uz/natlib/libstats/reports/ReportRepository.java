package uz.natlib.libstats.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code report}: the catalogue of the report files written. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Regenerating a report replaces its row: one row per type, period, territory, script and format.
     *
     * @param path the file's path relative to the data folder, so that the folder can move
     */
    void catalogue(ReportFile file, String path) {
        jdbc.sql("""
                        insert into report (report_type, period_code, territory_code, script, format, path, size_bytes,
                                            sha256, generated_at, consolidation_run)
                        values (:type, :period, :territory, :script, :format, :path, :size, :sha, :at, :run)
                        on conflict (report_type, period_code, territory_code, script, format) do update
                        set path = excluded.path, size_bytes = excluded.size_bytes, sha256 = excluded.sha256,
                            generated_at = excluded.generated_at, consolidation_run = excluded.consolidation_run""")
                .param("type", file.type().code()).param("period", file.periodCode())
                .param("territory", file.territoryCode()).param("script", file.script().code())
                .param("format", file.format().code()).param("path", path)
                .param("size", file.size()).param("sha", file.sha256()).param("at", file.generatedAt())
                .param("run", file.consolidationRun())
                .update();
    }
}
