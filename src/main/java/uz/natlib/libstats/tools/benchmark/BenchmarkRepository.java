package uz.natlib.libstats.tools.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uz.natlib.libstats.vocabulary.Period;

/**
 * What the benchmark does to the warehouse behind the application's back: empties it between
 * runs, and fills earlier years with copies of a year's accepted returns (same figures, earlier
 * periods), to measure whether consolidating one period slows down as the history grows; and
 * measures the database's floors in scratch tables of its own, dropped after each measurement.
 */
@Repository
class BenchmarkRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    BenchmarkRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The load floor: every figure the warehouse holds (returns' and plans', what the ingest just
     * stored) sent back by one COPY, the way the ingest sends them, into an unlogged table with
     * {@code data_value}'s columns and primary key: no WAL, no transaction per file, no other
     * table. The rows are first copied out to a temporary file, so the heap holds none of them.
     */
    FloorTable.Load loadFloor() throws IOException {
        jdbc.sql("drop table if exists benchmark_load_floor").update();
        jdbc.sql("create unlogged table benchmark_load_floor (like data_value including all)").update();
        Path csv = Files.createTempFile("libstats-load-floor", ".csv");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
                copy.copyOut("""
                        copy (select submission_id, indicator_id, measure_key, value from data_value
                              union all
                              select submission_id, indicator_id, measure_key, value from plan_value)
                        to stdout (format csv)""", out);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
                long start = System.nanoTime();
                long rows = copy.copyIn("copy benchmark_load_floor (submission_id, indicator_id, measure_key, value)"
                        + " from stdin (format csv)", in);
                return new FloorTable.Load(rows, (System.nanoTime() - start) / 1e9);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The load floor's COPY failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
            Files.deleteIfExists(csv);
            jdbc.sql("drop table if exists benchmark_load_floor").update();
        }
    }

    /** How long the consolidation floor took, over how many figures. */
    record GroupBy(long rows, double seconds) {
    }

    /**
     * The consolidation floor: the figures a quarter's consolidation reads (the accepted returns of
     * its year up to that quarter) summed per district, indicator and measure by one GROUP BY into
     * an unlogged table: no stock rule, no territory roll-up, no plan, no previous year. With the
     * memory the consolidation gives its own statement.
     */
    GroupBy consolidationFloor(int year, int quarter) {
        List<String> periods = Period.ofQuarter(year, quarter).quartersSoFar().stream().map(Period::code).toList();
        return transaction.execute(status -> {
            jdbc.sql("drop table if exists benchmark_consolidation_floor").update();
            jdbc.sql("set local work_mem = '128MB'").update();
            long start = System.nanoTime();
            jdbc.sql("""
                    create unlogged table benchmark_consolidation_floor as
                    select s.district_code, v.indicator_id, v.measure_key, sum(v.value) as value, count(*) as figures
                    from data_value v join submission s on s.id = v.submission_id
                    where s.kind = 'return' and s.status = 'accepted' and s.period_code in (:periods)
                    group by s.district_code, v.indicator_id, v.measure_key""")
                    .param("periods", periods).update();
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = jdbc.sql("select coalesce(sum(figures), 0) from benchmark_consolidation_floor")
                    .query(Long.class).single();
            jdbc.sql("drop table benchmark_consolidation_floor").update();
            return new GroupBy(rows, seconds);
        });
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
