package uz.natlib.libstats.service.web.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the landing page counts, straight from the submissions (not from the last consolidation):
 * a return accepted a minute ago is counted at once.
 */
@Repository
class DashboardRepository {

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A region's districts (and cities) and how many of them have an accepted return for the quarter. */
    record RegionCount(String code, String nameCyrl, String nameLatn, int expected, int accepted) {
    }

    /** A current edition of a national report. */
    record NationalReport(long id, String type, String period, String format, OffsetDateTime generatedAt) {
    }

    /** The latest quarter starting on or before {@code day} with at least one accepted return. */
    Optional<String> latestQuarterWithReturns(LocalDate day) {
        // Walks the quarters backwards and stops at the first with a return: an index probe each.
        return jdbc.sql("""
                        select p.code from period p
                        where p.type = 'quarter' and p.start_date <= :day
                          and exists (select 1 from submission s where s.period_code = p.code and s.kind = 'return'
                                      and s.status = 'accepted')
                        order by p.start_date desc limit 1""")
                .param("day", day).query(String.class).optional();
    }

    List<RegionCount> returnsByRegion(String quarter) {
        return jdbc.sql("""
                        select r.code, r.name_cyrl, r.name_latn, count(d.code) as expected,
                               count(a.id) as accepted
                        from territory r
                        join territory d on d.parent_code = r.code and d.level = 'district'
                        left join submission a on a.district_code = d.code and a.period_code = :period
                             and a.kind = 'return' and a.status = 'accepted'
                        where r.level = 'region'
                        group by r.code, r.name_cyrl, r.name_latn
                        order by r.code""")
                .param("period", quarter)
                .query((rs, n) -> new RegionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /** The current national reports in one script, the latest period's first. */
    List<NationalReport> newestNationalReports(String script, int limit) {
        return jdbc.sql("""
                        select rep.id, rep.report_type, rep.period_code, rep.format, rep.generated_at
                        from report rep join period p on p.code = rep.period_code
                        where rep.current and rep.script = :script
                          and rep.territory_code = (select code from territory where level = 'nation' limit 1)
                        order by p.end_date desc, p.start_date desc, rep.report_type, rep.format
                        limit :limit""")
                .param("script", script).param("limit", limit)
                .query((rs, n) -> new NationalReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }
}
