package uz.natlib.libstats.batch;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Job executions Spring Batch could not finish recording (their status UNKNOWN: the database
 * went away while the job failed). The job repository offers no query by status.
 */
@Repository
class UnknownExecutionsRepository {

    private final JdbcClient jdbc;

    UnknownExecutionsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> executionIds() {
        return jdbc.sql("select job_execution_id from batch_job_execution where status = 'UNKNOWN' order by 1")
                .query(Long.class).list();
    }
}
