package uz.natlib.libstats.service.web.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Spring Batch's own tables, read for the jobs page: one query for a page of executions, their
 * steps and their files (each a lookup by the execution's id, so a page costs the same with
 * twenty years of runs behind it).
 */
@Repository
class JobRunRepository {

    private final JdbcClient jdbc;

    JobRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<JobRun> newest(int limit, long offset, ZoneId shownIn) {
        return jdbc.sql("""
                        select e.job_execution_id, i.job_name, e.status, e.create_time, e.start_time, e.end_time,
                               e.exit_code, e.exit_message, s.steps, s.steps_done, s.read_count, s.write_count,
                               s.skip_count, s.running_step, s.running_read, s.running_write,
                               f.accepted, f.rejected, f.duplicate
                        from (select * from batch_job_execution order by job_execution_id desc
                              limit :limit offset :offset) e
                        join batch_job_instance i on i.job_instance_id = e.job_instance_id
                        left join lateral (
                            select count(*) as steps,
                                   count(*) filter (where st.status = 'COMPLETED') as steps_done,
                                   coalesce(sum(st.read_count), 0) as read_count,
                                   coalesce(sum(st.write_count), 0) as write_count,
                                   coalesce(sum(st.read_skip_count + st.process_skip_count + st.write_skip_count), 0)
                                       as skip_count,
                                   (array_agg(st.step_name order by st.step_execution_id desc)
                                       filter (where st.status = 'STARTED'))[1] as running_step,
                                   (array_agg(st.read_count order by st.step_execution_id desc)
                                       filter (where st.status = 'STARTED'))[1] as running_read,
                                   (array_agg(st.write_count order by st.step_execution_id desc)
                                       filter (where st.status = 'STARTED'))[1] as running_write
                            from batch_step_execution st where st.job_execution_id = e.job_execution_id) s on true
                        left join lateral (
                            -- a file accepted by this run and superseded since was still accepted by it
                            select count(*) filter (where sub.status in ('accepted', 'superseded')) as accepted,
                                   count(*) filter (where sub.status = 'rejected') as rejected,
                                   count(*) filter (where sub.status = 'duplicate') as duplicate
                            from submission sub where sub.ingest_execution = e.job_execution_id) f on true
                        order by e.job_execution_id desc""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new JobRun(rs.getLong("job_execution_id"), rs.getString("job_name"),
                        rs.getString("status"), at(rs, "create_time", shownIn), at(rs, "start_time", shownIn),
                        at(rs, "end_time", shownIn), rs.getString("exit_code"), rs.getString("exit_message"),
                        rs.getInt("steps"), rs.getInt("steps_done"), rs.getLong("read_count"),
                        rs.getLong("write_count"), rs.getLong("skip_count"), rs.getString("running_step"),
                        rs.getLong("running_read"), rs.getLong("running_write"), rs.getLong("accepted"),
                        rs.getLong("rejected"), rs.getLong("duplicate")))
                .list();
    }

    /** Spring Batch stores local date-times in the zone of the process that wrote them (this one's). */
    private static ZonedDateTime at(ResultSet rs, String column, ZoneId shownIn) throws SQLException {
        LocalDateTime local = rs.getObject(column, LocalDateTime.class);
        return local == null ? null : local.atZone(ZoneId.systemDefault()).withZoneSameInstant(shownIn);
    }
}
