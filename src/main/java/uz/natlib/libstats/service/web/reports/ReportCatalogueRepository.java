package uz.natlib.libstats.service.web.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.vocabulary.Period;

/**
 * Table {@code report} read for the reports page and the API: a page of files with what each
 * reflects, one file by id, and what the filters may offer.
 */
@Repository
public class ReportCatalogueRepository {

    private final JdbcClient jdbc;

    ReportCatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The files matching the query, newest first (the newest edition of a report has the higher id).
     *
     * <p>How many districts had reported is counted from {@code consolidation_run_submission}, the
     * submissions each run used: {@code completeness} and {@code consolidated_value} keep only the
     * latest run's rows for a year (their keys have no run), so for a report of an older run they
     * would tell what a later run saw. The run's own sources say what that report rests on. The
     * count is made once per run, period and territory of the page, not once per file.
     */
    public List<ReportEntry> page(ReportQuery query, int limit, int offset) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(pageSql(where))
                .params(params)
                .query(ReportCatalogueRepository::entry)
                .list();
    }

    private static String pageSql(String where) {
        return """
                        with page as (
                            select r.id, r.report_type, r.period_code, r.territory_code, r.script, r.format, r.size_bytes,
                                   r.sha256, r.generated_at, r.consolidation_run, r.current, t.name_cyrl, t.name_latn
                            from report r join territory t on t.code = r.territory_code
                            """ + where + """
                            order by r.id desc
                            limit :limit offset :offset
                        ),
                        runs as (
                            select distinct consolidation_run, period_code, territory_code,
                                   case when period_code like '%Q%' then array[period_code::text]
                                        else array[period_code || 'Q1', period_code || 'Q2', period_code || 'Q3',
                                                   period_code || 'Q4'] end as quarters
                            from page where consolidation_run is not null
                        ),
                        -- From the territory's districts (one, a region's, or the nation's) to each one's
                        -- returns for the period's quarters (index on district, period, kind), then whether
                        -- the run used one of them (key of the run's sources): work in proportion to the
                        -- territory's size, never to the history.
                        reported as (
                            select k.consolidation_run, k.period_code, k.territory_code, count(*) as expected,
                                   count(*) filter (where exists (
                                       select 1 from submission s
                                       join consolidation_run_submission used
                                            on used.submission_id = s.id and used.run_id = k.consolidation_run
                                       where s.district_code = d.code and s.period_code = any(k.quarters)
                                         and s.kind = 'return')) as reporting
                            from runs k
                            join territory d on d.level = 'district'
                            join territory dr on dr.code = d.parent_code
                            where k.territory_code in (d.code, d.parent_code, dr.parent_code)
                            group by k.consolidation_run, k.period_code, k.territory_code
                        )
                        select page.*, run.finished_at as run_finished_at,
                               (select max(later.id) from consolidation_run later
                                where later.year = run.year and later.id > run.id and later.finished_at is not null) as replaced_by,
                               reported.reporting, reported.expected
                        from page
                        left join consolidation_run run on run.id = page.consolidation_run
                        left join reported on reported.consolidation_run = page.consolidation_run
                             and reported.period_code = page.period_code and reported.territory_code = page.territory_code
                        order by page.id desc""";
    }

    /**
     * How many files match, counting no further than {@code upTo}: an exact count of a hundred
     * thousand files would cost more than the page itself, and nobody pages that far.
     */
    public long countUpTo(ReportQuery query, long upTo) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        params.put("upTo", upTo);
        return jdbc.sql("select count(*) from (select 1 from report r join territory t on t.code = r.territory_code "
                        + where + " limit :upTo) matching")
                .params(params).query(Long.class).single();
    }

    public Optional<StoredReport> find(long id) {
        return jdbc.sql("""
                        select r.id, r.report_type, r.period_code, r.territory_code, r.script, r.format, r.path,
                               case t.level when 'nation' then null when 'region' then t.code else t.parent_code end as region
                        from report r join territory t on t.code = r.territory_code
                        where r.id = :id""")
                .param("id", id)
                .query((rs, n) -> new StoredReport(rs.getLong("id"), rs.getString("report_type"),
                        rs.getString("period_code"), rs.getString("territory_code"), rs.getString("script"),
                        rs.getString("format"), rs.getString("path"), rs.getString("region")))
                .optional();
    }

    /** The territory of this code, if there is one. */
    public Optional<TerritoryChoice> territory(String code) {
        return jdbc.sql("select code, level, parent_code, name_cyrl, name_latn from territory where code = :code")
                .param("code", code).query(ReportCatalogueRepository::territory).optional();
    }

    /**
     * The territories a user may filter by: the nation, then the regions with their districts
     * (only its own region for a regional user), in the order of their codes.
     */
    public List<TerritoryChoice> territories(String region) {
        return jdbc.sql("""
                        select t.code, t.level, t.parent_code, t.name_cyrl, t.name_latn
                        from territory t
                        where :region = '' or t.level = 'nation' or t.code = :region or t.parent_code = :region
                        order by case t.level when 'nation' then 0 else 1 end,
                                 coalesce(case t.level when 'district' then t.parent_code end, t.code),
                                 case t.level when 'region' then 0 else 1 end, t.code""")
                .param("region", region == null ? "" : region)
                .query(ReportCatalogueRepository::territory).list();
    }

    /**
     * The periods that have reports, newest first. Read by skipping through the index on
     * {@code period_code} one period at a time, so it costs as many steps as there are periods,
     * not as many as there are files.
     */
    public List<String> periods() {
        return jdbc.sql("""
                        with recursive p(code) as (
                            (select period_code from report order by period_code desc limit 1)
                            union all
                            select (select r.period_code from report r where r.period_code < p.code
                                    order by r.period_code desc limit 1)
                            from p where p.code is not null
                        )
                        select code from p where code is not null""")
                .query(String.class).list();
    }

    private static String where(ReportQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.year() != null) {
            conditions.add("r.period_code in (:yearPeriods)");
            List<String> codes = new ArrayList<>();
            codes.add(Period.ofYear(query.year()).code());
            for (int q = 1; q <= 4; q++) {
                codes.add(Period.ofQuarter(query.year(), q).code());
            }
            params.put("yearPeriods", codes);
        }
        if (query.period() != null) {
            conditions.add("r.period_code = :period");
            params.put("period", query.period().code());
        }
        if (query.territory() != null) {
            conditions.add("r.territory_code = :territory");
            params.put("territory", query.territory());
        }
        if (query.type() != null) {
            conditions.add("r.report_type = :type");
            params.put("type", query.type().code());
        }
        if (query.script() != null) {
            conditions.add("r.script = :script");
            params.put("script", query.script().code());
        }
        if (query.format() != null) {
            conditions.add("r.format = :format");
            params.put("format", query.format().code());
        }
        if (query.region() != null) {
            conditions.add("(t.level = 'nation' or t.code = :region or t.parent_code = :region)");
            params.put("region", query.region());
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
    }

    private static ReportEntry entry(ResultSet rs, int n) throws SQLException {
        return new ReportEntry(rs.getLong("id"), rs.getString("report_type"), rs.getString("period_code"),
                rs.getString("territory_code"), rs.getString("name_cyrl"), rs.getString("name_latn"),
                rs.getString("script"), rs.getString("format"), rs.getLong("size_bytes"), rs.getString("sha256"),
                instant(rs.getTimestamp("generated_at")), (Long) rs.getObject("consolidation_run"),
                instant(rs.getTimestamp("run_finished_at")), (Long) rs.getObject("replaced_by"),
                integer(rs, "reporting"), integer(rs, "expected"), rs.getBoolean("current"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        Number value = (Number) rs.getObject(column);
        return value == null ? null : value.intValue();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static TerritoryChoice territory(ResultSet rs, int n) throws SQLException {
        return new TerritoryChoice(rs.getString("code"), rs.getString("level"), rs.getString("parent_code"),
                rs.getString("name_cyrl"), rs.getString("name_latn"));
    }
}
