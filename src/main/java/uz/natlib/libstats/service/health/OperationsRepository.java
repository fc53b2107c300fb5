package uz.natlib.libstats.service.health;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures the metrics are read from: the warehouse and Spring Batch's tables, shared by every instance. */
@Repository
class OperationsRepository {

    private final JdbcClient jdbc;

    OperationsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Files ever received, by what became of them, and values loaded from the accepted ones.
     * A superseded file was accepted once; its values were loaded then.
     */
    record FileTotals(long accepted, long rejected, long duplicate, long values) {
    }

    FileTotals fileTotals() {
        return jdbc.sql("""
                        select count(*) filter (where status in ('accepted', 'superseded')),
                               count(*) filter (where status = 'rejected'),
                               count(*) filter (where status = 'duplicate'),
                               coalesce(sum(value_count) filter (where status in ('accepted', 'superseded')), 0)
                        from submission""")
                .query((rs, n) -> new FileTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** When the last nightly chain that completed ended. */
    Optional<Instant> lastCompletedNightly() {
        return jdbc.sql("""
                        select max(e.end_time) from batch_job_execution e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        where i.job_name = 'pipelineJob' and e.status = 'COMPLETED'""")
                .query((rs, n) -> rs.getObject(1, LocalDateTime.class))
                .optional()
                // Spring Batch stores local date-times in the zone of the process that wrote them
                .map(at -> at.atZone(ZoneId.systemDefault()).toInstant());
    }
}
