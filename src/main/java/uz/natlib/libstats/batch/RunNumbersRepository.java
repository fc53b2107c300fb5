package uz.natlib.libstats.batch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The highest run number a job was started with. Not the last instance's: a job also runs as a
 * step of another (the nightly chain's ingest), and those instances carry no run number.
 */
@Repository
class RunNumbersRepository {

    private final JdbcClient jdbc;

    RunNumbersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long highest(String jobName) {
        return jdbc.sql("""
                        select coalesce(max(p.parameter_value::bigint), 0)
                        from batch_job_instance i
                        join batch_job_execution e on e.job_instance_id = i.job_instance_id
                        join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                        where i.job_name = :job and p.parameter_name = :run and p.identifying = 'Y'""")
                .param("job", jobName).param("run", JobRuns.RUN)
                .query(Long.class).single();
    }
}
