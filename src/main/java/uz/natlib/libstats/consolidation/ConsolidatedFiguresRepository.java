package uz.natlib.libstats.consolidation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.vocabulary.Period;

/**
 * What the reports read from a consolidation, each report from one query: the catalogue's
 * lines (indicator × measure, in the form's order) joined with the consolidated figures.
 * Every line comes back even where nothing was reported, with a null value, so that a blank
 * is shown as a blank and never as a zero.
 */
@Repository
public class ConsolidatedFiguresRepository {

    private final JdbcClient jdbc;

    ConsolidatedFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long id, int year, OffsetDateTime finishedAt) {
    }

    /**
     * One figure of one territory. {@code tier} 0 is the territory asked for, 1 its children;
     * {@code depth} is 0 for a total, 1 for an "of which" part, 2 for a part of a part.
     * {@code plan} is the plan of every district that sent one ({@code planReporting} of them);
     * {@code matchedValue} and {@code matchedPlan} the figure and the plan of the
     * {@code matchedReporting} districts that have both, which fulfilment compares. {@code carried}:
     * of the {@code reporting} districts of a stock's year to date, those whose value is from an
     * earlier quarter.
     */
    public record ConsolidatedFigure(String territoryCode, String territoryCyrl, String territoryLatn, String territoryKind,
                         int tier,
                         int year, int quarter, String span, int ordinal, String indicatorCode, String seedNumber,
                         String sectionCode, String sectionCyrl, String sectionLatn,
                         String labelCyrl, String labelLatn, String parentCode, int depth,
                         String measureKey, String measureCyrl, String measureLatn, boolean decimals,
                         BigDecimal value, int reporting, int expected, BigDecimal plan, BigDecimal previous,
                         int planReporting, BigDecimal matchedValue, BigDecimal matchedPlan, int matchedReporting,
                         int carried, boolean stock, String lineage) {

        /** How the previous-year figure links to this one: "new" where the year before has nothing to compare. */
        public static final String NEW = "new";

        public ConsolidatedFigure(String territoryCode, String territoryCyrl, String territoryLatn, String territoryKind,
                                  int tier, int year, int quarter, String span, int ordinal, String indicatorCode,
                                  String seedNumber, String sectionCode, String sectionCyrl, String sectionLatn,
                                  String labelCyrl, String labelLatn, String parentCode, int depth, String measureKey,
                                  String measureCyrl, String measureLatn, boolean decimals, BigDecimal value,
                                  int reporting, int expected, BigDecimal plan, BigDecimal previous, int planReporting,
                                  BigDecimal matchedValue, BigDecimal matchedPlan, int matchedReporting, int carried,
                                  boolean stock) {
            this(territoryCode, territoryCyrl, territoryLatn, territoryKind, tier, year, quarter, span, ordinal,
                    indicatorCode, seedNumber, sectionCode, sectionCyrl, sectionLatn, labelCyrl, labelLatn, parentCode,
                    depth, measureKey, measureCyrl, measureLatn, decimals, value, reporting, expected, plan, previous,
                    planReporting, matchedValue, matchedPlan, matchedReporting, carried, stock, null);
        }

        /** Whether the year before has a table and nothing in it this figure continues. */
        public boolean isNew() {
            return NEW.equals(lineage);
        }

        /**
         * Fulfilment of the plan in percent, like for like: the figure of the districts that have
         * both a figure and a plan against their plan; null where no district has both.
         */
        public BigDecimal fulfilmentPct() {
            return matchedValue == null || matchedPlan == null || matchedPlan.signum() == 0 ? null
                    : matchedValue.multiply(BigDecimal.valueOf(100)).divide(matchedPlan, 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * Districts of a region (or the nation) for a quarter: {@code expected} = {@code accepted} +
     * {@code onlyRejected} (files came, every one rejected) + {@code nothingReceived} (no file at
     * all); of the accepted, {@code onTime} + {@code late}.
     */
    public record Completeness(int quarter, String territoryCode, String nameCyrl, String nameLatn, LocalDate dueDate,
                               int expected, int accepted, int onlyRejected, int nothingReceived, int onTime,
                               int late) {
    }

    /** A district's standing for a quarter, as {@link DistrictSubmission#status()} names it. */
    public static final String ACCEPTED = "accepted";
    public static final String ONLY_REJECTED = "only_rejected";
    public static final String NOTHING_RECEIVED = "nothing_received";

    /**
     * A district's return for a quarter: the accepted file ({@code status} "accepted"), else the
     * last rejected one ("only_rejected"), else none ("nothing_received").
     */
    public record DistrictSubmission(String regionCode, String regionCyrl, String regionLatn, String districtCode,
                                     String nameCyrl, String nameLatn, String status, OffsetDateTime receivedAt,
                                     int warnings, int errors, int files) {
    }

    /** The last finished consolidation of a year. */
    public Optional<Run> latestRun(int year) {
        return jdbc.sql("""
                        select id, year, finished_at from consolidation_run
                        where year = ? and finished_at is not null order by finished_at desc, id desc limit 1""")
                .param(year)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /**
     * The figures of a territory (and, if asked, of its children) for the given quarters and
     * spans, in catalogue order, then territory tier and code, quarter and span.
     * Three set queries joined here rather than one joined in SQL: right after a consolidation
     * the planner has no statistics for the new rows and chose nested loops that took a minute
     * for the nation; a lookup by the primary key's leading columns cannot go that wrong.
     */
    public List<ConsolidatedFigure> figures(int year, Collection<Integer> quarters, Collection<String> spans, String territoryCode,
                                boolean withChildren) {
        List<Unit> units = jdbc.sql("""
                        select t.code, t.name_cyrl, t.name_latn, t.kind, case when t.code = :code then 0 else 1 end as tier,
                               (select count(*) from territory d join territory r on r.code = d.parent_code
                                where d.level = 'district'
                                  and (d.code = t.code or d.parent_code = t.code or r.parent_code = t.code)) as expected
                        from territory t
                        where t.code = :code or (:children and t.parent_code = :code)
                        order by tier, t.code""")
                .param("code", territoryCode).param("children", withChildren)
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6)))
                .list();
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, Value> values = new HashMap<>();
        jdbc.sql("""
                        select territory_code, quarter, span, indicator_id, measure_key, value, reporting, expected,
                               plan_value, previous_value, plan_reporting, matched_value, matched_plan,
                               matched_reporting, carried
                        from consolidated_value
                        where year = :year and quarter in (:quarters) and span in (:spans) and territory_code in (:codes)""")
                .param("year", year).param("quarters", List.copyOf(quarters)).param("spans", List.copyOf(spans))
                .param("codes", units.stream().map(Unit::code).toList())
                .query(rs -> {
                    values.put(key(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5)),
                            new Value(rs.getBigDecimal(6), rs.getInt(7), rs.getInt(8), rs.getBigDecimal(9),
                                    rs.getBigDecimal(10), rs.getInt(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                                    rs.getInt(14), rs.getInt(15)));
                });
        List<Integer> qs = quarters.stream().distinct().sorted().toList();
        List<String> sps = spans.stream().distinct().sorted().toList();
        List<ConsolidatedFigure> figures = new ArrayList<>();
        for (Line l : lines(year)) {
            for (Unit u : units) {
                for (int q : qs) {
                    for (String sp : sps) {
                        Value v = values.get(key(u.code(), q, sp, l.id(), l.measureKey()));
                        figures.add(new ConsolidatedFigure(u.code(), u.nameCyrl(), u.nameLatn(), u.kind(), u.tier(), year, q, sp, l.ordinal(),
                                l.code(), l.seedNumber(), l.sectionCode(), l.sectionCyrl(), l.sectionLatn(),
                                l.labelCyrl(), l.labelLatn(), l.parentCode(), l.depth(), l.measureKey(), l.measureCyrl(),
                                l.measureLatn(), l.decimals(), v == null ? null : v.value(),
                                v == null ? 0 : v.reporting(), v == null ? u.expected() : v.expected(),
                                v == null ? null : v.plan(), v == null ? null : v.previous(),
                                v == null ? 0 : v.planReporting(), v == null ? null : v.matchedValue(),
                                v == null ? null : v.matchedPlan(), v == null ? 0 : v.matchedReporting(),
                                v == null ? 0 : v.carried(), l.stock(), l.lineage()));
                    }
                }
            }
        }
        return figures;
    }

    /** The catalogue's quantitative lines of a year: one per indicator measure, in the form's order. */
    private List<Line> lines(int year) {
        return jdbc.sql("""
                        select i.id, i.code, i.ordinal, i.seed_number, i.section_code, s.label_cyrl, s.label_latn,
                               i.label_cyrl, i.label_latn, p.code,
                               case when p.id is null then 0 when p.parent_id is null then 1 else 2 end,
                               im.measure_key, m.label_cyrl, m.label_latn, m.decimals, i.aggregation = 'stock',
                               fl.lineage
                        from indicator i
                        join section s on s.year = i.year and s.code = i.section_code
                        join indicator_measure im on im.indicator_id = i.id
                        join measure m on m.key = im.measure_key
                        left join indicator p on p.id = i.parent_id
                        left join figure_lineage fl on fl.indicator_id = i.id and fl.measure_key = im.measure_key
                        where i.year = ?
                        order by i.ordinal, im.position""")
                .param(year)
                .query((rs, n) -> new Line(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getBoolean(15),
                        rs.getBoolean(16), rs.getString(17)))
                .list();
    }

    private record Unit(String code, String nameCyrl, String nameLatn, String kind, int tier, int expected) {
    }

    private record Line(int id, String code, int ordinal, String seedNumber, String sectionCode, String sectionCyrl,
                        String sectionLatn, String labelCyrl, String labelLatn, String parentCode, int depth,
                        String measureKey, String measureCyrl, String measureLatn, boolean decimals, boolean stock,
                        String lineage) {
    }

    private record Value(BigDecimal value, int reporting, int expected, BigDecimal plan, BigDecimal previous,
                         int planReporting, BigDecimal matchedValue, BigDecimal matchedPlan, int matchedReporting,
                         int carried) {
    }

    private static String key(String territory, int quarter, String span, int indicatorId, String measure) {
        return territory + '|' + quarter + '|' + span + '|' + indicatorId + '|' + measure;
    }

    /** A district's year: each quarter alone (Q1..Q4) and the year to date at Q4, with the plan. */
    public List<ConsolidatedFigure> districtYear(int year, String districtCode) {
        return figures(year, List.of(1, 2, 3, 4), List.of("quarter", "ytd"), districtCode, false).stream()
                .filter(f -> f.span().equals("quarter") || f.quarter() == 4)
                .toList();
    }

    /** Completeness of a quarter per region, then the nation. */
    public List<Completeness> completeness(int year, int quarter) {
        return jdbc.sql("""
                        select c.*, t.name_cyrl, t.name_latn from completeness c join territory t on t.code = c.territory_code
                        where c.year = ? and c.quarter = ? order by t.level = 'nation', t.code""")
                .param(year).param(quarter)
                .query((rs, n) -> new Completeness(rs.getInt("quarter"), rs.getString("territory_code"),
                        rs.getString("name_cyrl"), rs.getString("name_latn"), rs.getObject("due_date", LocalDate.class),
                        rs.getInt("expected"), rs.getInt("accepted"), rs.getInt("only_rejected"),
                        rs.getInt("nothing_received"), rs.getInt("on_time"), rs.getInt("late")))
                .list();
    }

    /** Every district's return for a quarter, of one region or (regionCode null) of the nation. */
    public List<DistrictSubmission> submissions(int year, int quarter, String regionCode) {
        return jdbc.sql("""
                        select d.parent_code, r.name_cyrl as region_cyrl, r.name_latn as region_latn, d.code,
                               d.name_cyrl, d.name_latn,
                               case s.status when 'accepted' then 'accepted' when 'rejected' then 'only_rejected'
                                             else 'nothing_received' end as status, s.received_at,
                               coalesce(s.warning_count, 0) as warnings, coalesce(s.error_count, 0) as errors,
                               (select count(*) from submission a where a.district_code = d.code
                                and a.period_code = :period and a.kind = 'return') as files
                        from territory d
                        join territory r on r.code = d.parent_code
                        left join lateral (
                            select s.status, s.received_at, s.warning_count, s.error_count from submission s
                            where s.district_code = d.code and s.period_code = :period and s.kind = 'return'
                              and s.status in ('accepted', 'rejected')
                            order by s.status = 'accepted' desc, s.received_at desc limit 1
                        ) s on true
                        where d.level = 'district' and (cast(:region as varchar) is null or d.parent_code = :region)
                        order by d.parent_code, d.code""")
                .param("period", Period.ofQuarter(year, quarter).code()).param("region", regionCode)
                .query((rs, n) -> new DistrictSubmission(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
                .list();
    }
}
