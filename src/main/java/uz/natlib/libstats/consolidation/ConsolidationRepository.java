package uz.natlib.libstats.consolidation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * Set-based consolidation in PostgreSQL. A year is recomputed whole from its current
 * submissions (and the previous year's, for the change), touching only those years' rows:
 * the work grows with the size of a year, not with the length of the history.
 */
@Repository
public class ConsolidationRepository {

    private final JdbcClient jdbc;

    ConsolidationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long startRun(int year) {
        return jdbc.sql("insert into consolidation_run (year) values (?) returning id").param(year)
                .query(Long.class).single();
    }

    public void finishRun(long runId) {
        jdbc.sql("update consolidation_run set finished_at = now() where id = ?").param(runId).update();
    }

    /** Records which submissions the run used: every current return and plan of the year. */
    public int recordSources(long runId, int year) {
        return jdbc.sql("""
                        insert into consolidation_run_submission (run_id, submission_id)
                        select :run, s.id from submission s
                        where s.status = 'accepted' and s.period_code in (:periods)""")
                .param("run", runId).param("periods", periodCodes(year, true))
                .update();
    }

    /**
     * The figures of one quarter: that quarter alone and the year up to it, for every district,
     * region and the nation, with plan (year to date only) and the same figure a year earlier.
     * Reads only the quarters up to this one of this year and the year before.
     */
    public int consolidateValues(long runId, int year, int quarter) {
        jdbc.sql("delete from consolidated_value where year = ? and quarter = ?").params(year, quarter).update();
        // The planner cannot estimate the rows of the aggregated CTEs and, after a bulk load, chose
        // nested loops over 280 000 × 216 rows (14 s instead of 2). Hash joins are right at every size
        // here; the sorts get memory enough not to spill. Both settings end with the transaction.
        jdbc.sql("set local enable_nestloop = off").update();
        jdbc.sql("set local work_mem = '128MB'").update();
        return jdbc.sql("""
                insert into consolidated_value (run_id, year, quarter, span, territory_code, indicator_id, measure_key,
                    value, reporting, expected, plan_value, plan_reporting, previous_value,
                    matched_value, matched_plan, matched_reporting, carried)
                with units as (
                    select d.code as district, d.parent_code as region, r.parent_code as nation
                    from territory d join territory r on r.code = d.parent_code
                    where d.level = 'district'
                ),
                expected as (
                    select district as territory, 1 as n from units
                    union all select region, count(*) from units group by region
                    union all select nation, count(*) from units group by nation
                ),
                -- The figures are fetched by submission id through data_value's primary key: the work
                -- depends on the size of these quarters, never on how many years the warehouse holds.
                figures as materialized (
                    select s.district_code, p.year, p.quarter, i.code, i.aggregation, v.measure_key, v.value
                    from data_value v
                    join submission s on s.id = v.submission_id
                    join period p on p.code = s.period_code
                    join indicator i on i.id = v.indicator_id
                    where v.submission_id = any(:returns)
                ),
                district_spans as materialized (
                    select district_code, year, 'quarter' as span, code, measure_key, value, 0 as carried
                    from figures where quarter = :quarter
                    union all
                    -- flows add up the quarters reported so far; stocks take the latest reported quarter,
                    -- carried (1) when that quarter is earlier than the one the row runs to. A district has
                    -- one row per quarter and key, so each filtered sum is that quarter's figure: no sort
                    -- inside the groups, as an ordered array_agg needed.
                    select district_code, year, 'ytd', code, measure_key,
                           case when aggregation = 'stock' then coalesce(sum(value) filter (where quarter = 4),
                                    sum(value) filter (where quarter = 3), sum(value) filter (where quarter = 2),
                                    sum(value) filter (where quarter = 1))
                                else sum(value) end,
                           case when aggregation = 'stock' and max(quarter) < :quarter then 1 else 0 end
                    from figures
                    group by district_code, year, code, measure_key, aggregation
                ),
                -- Each district has one row per key, so count(*) is the number of districts that reported.
                rolled as (
                    select year, span, code, measure_key, district_code as territory, value, 1 as reporting, carried
                    from district_spans
                    union all
                    select d.year, d.span, d.code, d.measure_key, u.region, sum(d.value), count(*), sum(d.carried)
                    from district_spans d join units u on u.district = d.district_code
                    group by d.year, d.span, d.code, d.measure_key, u.region
                    union all
                    select d.year, d.span, d.code, d.measure_key, u.nation, sum(d.value), count(*), sum(d.carried)
                    from district_spans d join units u on u.district = d.district_code
                    group by d.year, d.span, d.code, d.measure_key, u.nation
                ),
                -- Only rows that bear a plan: a figure stored against another row before the ingest
                -- refused them stays stored, but is no plan.
                plan_figures as materialized (
                    select s.district_code, i.code, v.measure_key, v.value
                    from plan_value v
                    join submission s on s.id = v.submission_id
                    join indicator i on i.id = v.indicator_id
                    where v.submission_id = any(:plans) and i.plan_bearing
                ),
                plans as (
                    select district_code as territory, code, measure_key, value, 1 as reporting from plan_figures
                    union all
                    select u.region, p.code, p.measure_key, sum(p.value), count(*)
                    from plan_figures p join units u on u.district = p.district_code group by u.region, p.code, p.measure_key
                    union all
                    select u.nation, p.code, p.measure_key, sum(p.value), count(*)
                    from plan_figures p join units u on u.district = p.district_code group by u.nation, p.code, p.measure_key
                ),
                -- Fulfilment is like for like: the figure and the plan of the districts that have both.
                matched_figures as materialized (
                    select d.district_code, d.code, d.measure_key, d.value, p.value as plan
                    from district_spans d
                    join plan_figures p on p.district_code = d.district_code and p.code = d.code
                         and p.measure_key = d.measure_key
                    where d.year = :year and d.span = 'ytd'
                ),
                matched as (
                    select district_code as territory, code, measure_key, value, plan, 1 as reporting
                    from matched_figures
                    union all
                    select u.region, m.code, m.measure_key, sum(m.value), sum(m.plan), count(*)
                    from matched_figures m join units u on u.district = m.district_code
                    group by u.region, m.code, m.measure_key
                    union all
                    select u.nation, m.code, m.measure_key, sum(m.value), sum(m.plan), count(*)
                    from matched_figures m join units u on u.district = m.district_code
                    group by u.nation, m.code, m.measure_key
                ),
                -- One row per source and key, then one aggregate: a hash aggregation, where joining
                -- materialised CTEs on five columns would be a nested loop.
                combined as (
                    select span, territory, code, measure_key, value, reporting,
                           null::numeric as plan_value, 0 as plan_reporting, null::numeric as previous_value,
                           null::numeric as matched_value, null::numeric as matched_plan, 0 as matched_reporting,
                           carried, true as current_or_plan
                    from rolled where year = :year
                    union all
                    -- the year before, through the links between the two tables (indicator_link):
                    -- the same code, a renumbered or moved row, merged rows (their sum) and split
                    -- rows (each part the whole of the row it came from)
                    select r.span, r.territory, l.code, r.measure_key, null, 0, null, 0, r.value, null, null, 0, 0,
                           false
                    from rolled r join indicator_link l on l.year = :year and l.previous_code = r.code
                    where r.year = :year - 1
                    union all
                    select 'ytd', territory, code, measure_key, null, 0, value, reporting, null, null, null, 0, 0, true
                    from plans
                    union all
                    select 'ytd', territory, code, measure_key, null, 0, null, 0, null, value, plan, reporting, 0, true
                    from matched
                )
                select :run, :year, :quarter, c.span, c.territory, i.id, c.measure_key,
                       sum(c.value), sum(c.reporting), max(e.n), sum(c.plan_value), sum(c.plan_reporting),
                       sum(c.previous_value), sum(c.matched_value), sum(c.matched_plan), sum(c.matched_reporting),
                       sum(c.carried)
                from combined c
                join indicator i on i.year = :year and i.code = c.code
                join expected e on e.territory = c.territory
                group by c.span, c.territory, i.id, c.measure_key
                having bool_or(c.current_or_plan)
                """)
                .param("run", runId).param("year", year).param("quarter", quarter)
                .param("returns", acceptedIds(SubmissionKind.RETURN, quarterCodesUpTo(year, quarter)))
                .param("plans", acceptedIds(SubmissionKind.PLAN, List.of(Period.ofYear(year).code())))
                .update();
    }

    private Long[] acceptedIds(SubmissionKind kind, List<String> periods) {
        return jdbc.sql("select id from submission where kind = :kind and status = 'accepted' and period_code in (:periods)")
                .param("kind", kind.code()).param("periods", periods)
                .query(Long.class).list().toArray(new Long[0]);
    }

    /**
     * Per region and for the nation, how many districts are expected and how each stands for the
     * quarter: an accepted return, only rejected files (every file received was rejected), or
     * nothing received (no file at all). Each district is in exactly one of the three, so
     * expected = accepted + only rejected + nothing received (a check of the table holds it); of the
     * accepted, on time or late against the due date, Tashkent calendar.
     */
    public int consolidateCompleteness(long runId, int year, int quarter, LocalDate dueDate) {
        jdbc.sql("delete from completeness where year = ? and quarter = ?").params(year, quarter).update();
        return jdbc.sql("""
                    insert into completeness (run_id, year, quarter, territory_code, due_date, expected, accepted,
                        only_rejected, nothing_received, on_time, late)
                    with units as (
                        select d.code as district, d.parent_code as region, r.parent_code as nation
                        from territory d join territory r on r.code = d.parent_code where d.level = 'district'
                    ),
                    per_district as (
                        select u.district, u.region, u.nation, a.received_at as accepted_at,
                               -- a file that came: accepted, accepted then superseded, or rejected; a
                               -- duplicate is a copy of one of those, 'received' a file still being stored
                               exists (select 1 from submission s where s.district_code = u.district
                                       and s.period_code = :period and s.kind = 'return'
                                       and s.status in ('accepted', 'superseded', 'rejected')) as any_file
                        from units u
                        left join submission a on a.district_code = u.district and a.period_code = :period
                             and a.kind = 'return' and a.status = 'accepted'
                    )
                    select :run, :year, :quarter, coalesce(region, nation), :due, count(*),
                           count(*) filter (where accepted_at is not null),
                           count(*) filter (where accepted_at is null and any_file),
                           count(*) filter (where accepted_at is null and not any_file),
                           count(*) filter (where (accepted_at at time zone 'Asia/Tashkent')::date <= :due),
                           count(*) filter (where (accepted_at at time zone 'Asia/Tashkent')::date > :due)
                    from per_district
                    group by grouping sets ((region, nation), (nation))
                    """)
                    .param("run", runId).param("year", year).param("quarter", quarter)
                    .param("period", Period.ofQuarter(year, quarter).code()).param("due", dueDate)
                    .update();
    }

    /** Years whose submissions changed since their last consolidation (or were never consolidated). */
    public List<Integer> yearsToConsolidate() {
        return jdbc.sql("""
                        select distinct p.year from submission s join period p on p.code = s.period_code
                        -- a rejected file changes no figure but does change completeness
                        where s.status in ('accepted', 'superseded', 'rejected')
                          and coalesce(s.processed_at, s.received_at) > coalesce(
                              (select max(r.started_at) from consolidation_run r
                               where r.year = p.year and r.finished_at is not null), '-infinity')
                        order by 1""")
                .query(Integer.class).list();
    }

    /** Years consolidated at least once, oldest first. */
    public List<Integer> consolidatedYears() {
        return jdbc.sql("select distinct year from consolidation_run where finished_at is not null order by 1")
                .query(Integer.class).list();
    }

    /** Quarters of the year with at least one accepted return. */
    public List<Integer> quartersWithData(int year) {
        return jdbc.sql("""
                        select distinct p.quarter from submission s join period p on p.code = s.period_code
                        where s.status = 'accepted' and s.kind = 'return' and p.year = ? order by 1""")
                .param(year).query(Integer.class).list();
    }

    /** Regions with at least one accepted return or plan in the year. */
    public List<String> regionsWithData(int year) {
        return jdbc.sql("""
                        select distinct t.parent_code from submission s join territory t on t.code = s.district_code
                        where s.status = 'accepted' and s.period_code in (:periods) order by 1""")
                .param("periods", periodCodes(year, true)).query(String.class).list();
    }

    public boolean hasSubmissions(int year) {
        return jdbc.sql("select exists (select 1 from submission where period_code in (:periods) and status = 'accepted')")
                .param("periods", periodCodes(year, true)).query(Boolean.class).single();
    }

    /** This year's and last year's quarters up to the given one: all a quarter's figures depend on. */
    private static List<String> quarterCodesUpTo(int year, int quarter) {
        List<String> codes = new java.util.ArrayList<>();
        for (Period q : Period.ofQuarter(year, quarter).quartersSoFar()) {
            codes.add(q.code());
            codes.add(q.yearBefore().code());
        }
        return codes;
    }

    private static List<String> periodCodes(int year, boolean withPlan) {
        Period whole = Period.ofYear(year);
        List<String> codes = new java.util.ArrayList<>(whole.quartersSoFar().stream().map(Period::code).toList());
        if (withPlan) {
            codes.add(whole.code());
        }
        return codes;
    }
}
