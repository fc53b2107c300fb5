package uz.natlib.libstats.service.web.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the submissions pages read. Every district is looked up through the index on
 * (district, period, kind), one small lookup each, so a page costs the same with twenty years of
 * history as with one.
 */
@Repository
public class SubmissionsRepository {

    private static final int MAX_FINDINGS = 2000;
    private static final int MAX_HISTORY = 200;
    private static final String TASHKENT_TIME = "'YYYY-MM-DD HH24:MI'";

    // The file that gives a district its state: the current accepted one, else the latest (a copy of
    // bytes received before says nothing new).
    private static final String DISTRICTS = """
            select d.code, d.parent_code, d.name_cyrl, d.name_latn, s.id, s.status, s.warning_count,
                   to_char(s.received_at at time zone 'Asia/Tashkent', %s) as received,
                   (select count(*) from submission c
                    where c.district_code = d.code and c.period_code = :period and c.kind = :kind) as files
            from territory d
            left join lateral (
                select s.id, s.status, s.warning_count, s.received_at from submission s
                where s.district_code = d.code and s.period_code = :period and s.kind = :kind
                  and s.status <> 'duplicate'
                order by (s.status = 'accepted') desc, s.received_at desc, s.id desc
                limit 1) s on true
            where d.level = 'district' %s
            order by d.parent_code, d.code""";

    private final JdbcClient jdbc;

    SubmissionsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every district of the nation, or of one region, with its state for the period. */
    public List<DistrictRow> districts(String periodCode, String kind, String regionCode) {
        String sql = DISTRICTS.formatted(TASHKENT_TIME, regionCode == null ? "" : "and d.parent_code = :region");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("period", periodCode).param("kind", kind);
        if (regionCode != null) {
            statement = statement.param("region", regionCode);
        }
        return statement.query((rs, n) -> new DistrictRow(rs.getString("code"), rs.getString("parent_code"),
                rs.getString("name_cyrl"), rs.getString("name_latn"),
                DistrictState.of(rs.getString("status"), rs.getInt("warning_count")),
                (Long) rs.getObject("id", Long.class), rs.getString("received"), rs.getInt("files"))).list();
    }

    /** The regions, by code: code, Cyrillic and Latin name. */
    public List<RegionRow> regions() {
        return jdbc.sql("select code, name_cyrl, name_latn from territory where level = 'region' order by code")
                .query((rs, n) -> RegionRow.empty(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public boolean isRegion(String code) {
        return jdbc.sql("select count(*) from territory where code = ? and level = 'region'").param(code)
                .query(Long.class).single() > 0;
    }

    public boolean periodExists(String code) {
        return jdbc.sql("select count(*) from period where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** Whether any file came for the period. */
    public boolean hasFiles(String periodCode) {
        return jdbc.sql("select exists (select 1 from submission where period_code = ?)").param(periodCode)
                .query(Boolean.class).single();
    }

    /** The latest quarter any return came for. */
    public Optional<String> latestQuarterWithReturns() {
        return jdbc.sql("select max(period_code) from submission where kind = 'return' and period_code like '%Q%'")
                .query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<SubmissionDetails> find(long id) {
        return jdbc.sql("""
                        select s.id, s.kind, s.original_name, s.district_code, s.period_code, s.version, s.status,
                               s.duplicate_of, s.superseded_by, s.stored_path, s.value_count, s.error_count,
                               s.warning_count,
                               to_char(s.received_at at time zone 'Asia/Tashkent', 'YYYY-MM-DD HH24:MI:SS') as received,
                               to_char(s.processed_at at time zone 'Asia/Tashkent', 'YYYY-MM-DD HH24:MI:SS') as processed,
                               d.name_cyrl as d_cyrl, d.name_latn as d_latn, d.parent_code as region,
                               r.name_cyrl as r_cyrl, r.name_latn as r_latn
                        from submission s
                        left join territory d on d.code = s.district_code
                        left join territory r on r.code = d.parent_code
                        where s.id = ?""")
                .param(id).query((rs, n) -> details(rs)).optional();
    }

    public List<FindingRow> findings(long submissionId) {
        return jdbc.sql("""
                        select severity, rule, sheet, cell, value_seen, message_cyrl, message_latn, message_en
                        from validation_finding where submission_id = ?
                        order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, id
                        limit ?""")
                .param(submissionId).param(MAX_FINDINGS)
                .query((rs, n) -> new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }

    /** Every file received for the district, period and kind, newest first. */
    public List<HistoryRow> history(String districtCode, String periodCode, String kind) {
        return jdbc.sql("""
                        select id, original_name, status, version, value_count, error_count, warning_count,
                               to_char(received_at at time zone 'Asia/Tashkent', 'YYYY-MM-DD HH24:MI:SS') as received
                        from submission
                        where district_code = ? and period_code = ? and kind = ?
                        order by received_at desc, id desc
                        limit ?""")
                .param(districtCode).param(periodCode).param(kind).param(MAX_HISTORY)
                .query((rs, n) -> new HistoryRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getString(8))).list();
    }

    private static SubmissionDetails details(ResultSet rs) throws SQLException {
        return new SubmissionDetails(rs.getLong("id"), rs.getString("kind"), rs.getString("original_name"),
                rs.getString("district_code"), rs.getString("period_code"), rs.getObject("version", Integer.class),
                rs.getString("status"), rs.getObject("duplicate_of", Long.class),
                rs.getObject("superseded_by", Long.class), rs.getString("stored_path"), rs.getInt("value_count"),
                rs.getInt("error_count"), rs.getInt("warning_count"), rs.getString("received"),
                rs.getString("processed"), rs.getString("d_cyrl"), rs.getString("d_latn"), rs.getString("region"),
                rs.getString("r_cyrl"), rs.getString("r_latn"));
    }
}
