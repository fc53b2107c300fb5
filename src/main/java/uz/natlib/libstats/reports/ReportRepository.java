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

    /** The current edition of a report, if there is one: its row and the consolidation run it reflects. */
    record Edition(long id, Long consolidationRun) {
    }

    java.util.Optional<Edition> currentEdition(ReportContext context, ReportFormat format) {
        return jdbc.sql("""
                        select id, consolidation_run from report
                        where report_type = :type and period_code = :period and territory_code = :territory
                          and script = :script and format = :format and current""")
                .param("type", context.type().code()).param("period", context.periodCode())
                .param("territory", context.territoryCode()).param("script", context.script().code())
                .param("format", format.code())
                .query((rs, n) -> new Edition(rs.getLong(1), (Long) rs.getObject(2)))
                .optional();
    }

    /** An older edition stays downloadable from where its file was kept. */
    void retire(long id, String keptPath) {
        jdbc.sql("update report set current = false, path = :path where id = :id")
                .param("path", keptPath).param("id", id).update();
    }

    /**
     * Regenerating a report from the same consolidation run replaces its current row; from a
     * newer run, the caller first {@link #retire retires} the old edition.
     *
     * @param path the file's path relative to the data folder, so that the folder can move
     */
    void catalogue(ReportFile file, String path) {
        jdbc.sql("""
                        insert into report (report_type, period_code, territory_code, script, format, path, size_bytes,
                                            sha256, generated_at, consolidation_run)
                        values (:type, :period, :territory, :script, :format, :path, :size, :sha, :at, :run)
                        on conflict (report_type, period_code, territory_code, script, format) where current do update
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
