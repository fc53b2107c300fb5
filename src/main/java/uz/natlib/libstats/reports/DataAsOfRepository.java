package uz.natlib.libstats.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.vocabulary.Period;

/**
 * Which accepted files a report reflects: of the submissions its consolidation run used, those of
 * the report's territory and periods, how many, and the newest of them.
 */
@Repository
class DataAsOfRepository {

    private final JdbcClient jdbc;

    DataAsOfRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest file a report reflects and how many it reflects in all. */
    record DataAsOf(int files, String newestName, OffsetDateTime newestReceivedAt, String districtCyrl,
                    String districtLatn) {
    }

    /**
     * @param quarter the quarter a report runs to: its returns up to that quarter and the year's plans count
     */
    Optional<DataAsOf> of(long runId, int year, int quarter, String territoryCode) {
        List<String> periods = new java.util.ArrayList<>(
                Period.ofQuarter(year, quarter).quartersSoFar().stream().map(Period::code).toList());
        periods.add(Period.ofYear(year).code());
        return jdbc.sql("""
                        select count(*) over () as files, s.original_name, s.received_at, d.name_cyrl, d.name_latn
                        from consolidation_run_submission rs
                        join submission s on s.id = rs.submission_id
                        join territory d on d.code = s.district_code
                        join territory r on r.code = d.parent_code
                        where rs.run_id = :run and s.period_code in (:periods)
                          and (d.code = :territory or d.parent_code = :territory or r.parent_code = :territory)
                        order by s.received_at desc, s.id desc
                        limit 1""")
                .param("run", runId).param("periods", periods).param("territory", territoryCode)
                .query((rs, n) -> new DataAsOf(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }
}
