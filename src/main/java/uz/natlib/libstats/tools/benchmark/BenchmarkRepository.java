package uz.natlib.libstats.tools.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the benchmark does to the warehouse behind the application's back: empties it between
 * runs, and fills earlier years with copies of a year's accepted returns (same figures, earlier
 * periods), to measure whether consolidating one period slows down as the history grows.
 */
@Repository
class BenchmarkRepository {

    private final JdbcClient jdbc;

    BenchmarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every submission, its figures, consolidations and reports; the territory and catalogues stay. */
    void emptyWarehouse() {
        jdbc.sql("""
                truncate consolidated_value, completeness, consolidation_run_submission, consolidation_run, report,
                    data_value, plan_value, data_status, validation_finding, submission""").update();
    }

    /** Copies {@code year}'s accepted returns into the years {@code year - from} to {@code year - to}; returns the figures copied. */
    int copyBackwards(int year, int from, int to) {
        int copied = 0;
        for (int back = from; back <= to; back++) {
            int target = year - back;
            copied += jdbc.sql("""
                    with source as (
                        select s.* from submission s join period p on p.code = s.period_code
                        where s.kind = 'return' and s.status = 'accepted' and p.year = :year
                    ),
                    copies as (
                        insert into submission (kind, original_name, sha256, district_code, period_code, version,
                            status, value_count, received_at, processed_at)
                        select kind, 'history/' || :target || '/' || original_name,
                               md5(sha256 || :target) || md5(:target || sha256), district_code,
                               :target || substr(period_code, 5), 1, 'accepted', value_count, received_at, processed_at
                        from source
                        returning id, district_code, period_code
                    )
                    insert into data_value (submission_id, indicator_id, measure_key, value)
                    select c.id, v.indicator_id, v.measure_key, v.value
                    from copies c
                    join source s on s.district_code = c.district_code
                         and substr(s.period_code, 5) = substr(c.period_code, 5)
                    join data_value v on v.submission_id = s.id
                    """)
                    .param("year", year).param("target", target).update();
        }
        jdbc.sql("analyze submission").update();
        jdbc.sql("analyze data_value").update();
        return copied;
    }
}
