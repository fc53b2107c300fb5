package uz.natlib.libstats.reports;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the time-series report reads: the rows of the last year's table, and for each of them
 * its figure in every year of the range, following the links between the years' tables
 * ({@code indicator_link}, V18) back year by year. An earlier year's figure of a row is the sum
 * of the figures of the rows it continues there: a merged row adds up the rows merged into it;
 * a row split from an earlier one shows that row's whole figure, and says which row it was.
 */
@Repository
public class TimeSeriesRepository {

    /** The quarter key of a year's own figure (quarters are 1-4). */
    public static final int YEAR = 0;

    private final JdbcClient jdbc;

    TimeSeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row of the last year's table and one of its measures, in the form's order.
     *
     * @param depth 0 for a total, 1 for an "of which" part, 2 for a part of a part
     */
    public record Line(int indicatorId, String code, int ordinal, String seedNumber, String parentCode, int depth,
                       String sectionCode, String sectionCyrl, String sectionLatn, String labelCyrl, String labelLatn,
                       String labelEn, String measureKey, String measureCyrl, String measureLatn, String measureEn,
                       boolean decimals, boolean stock) {
    }

    /**
     * A line's figure in one year: the year's own ({@code quarter} {@link #YEAR}: the year to date
     * at {@code toQuarter}, 4 for a whole year) or one quarter's.
     *
     * @param value      the sum over the rows linked to, null where nobody reported any
     * @param reporting  the districts that reported it (the most of any row summed)
     * @param sources    the codes of the rows of that year summed, joined by "+", in code order
     * @param splitFrom  the code of the earlier row this line was split from (its whole figure is shown), or null
     * @param toQuarter  the latest consolidated quarter of the year (the latest with any figure reported for
     *                   that quarter alone), null if the year has none
     */
    public record Figure(int indicatorId, String measureKey, int year, int quarter, BigDecimal value, int reporting,
                         int expected, String sources, int sourceCount, String splitFrom, Integer toQuarter) {
    }

    /** The quantitative rows of a year's table, one per indicator measure, in the form's order. */
    public List<Line> lines(int year) {
        return jdbc.sql("""
                        select i.id, i.code, i.ordinal, i.seed_number, p.code,
                               case when p.id is null then 0 when p.parent_id is null then 1 else 2 end,
                               i.section_code, s.label_cyrl, s.label_latn, i.label_cyrl, i.label_latn, i.label_en,
                               im.measure_key, m.label_cyrl, m.label_latn, m.label_en, m.decimals, i.aggregation = 'stock'
                        from indicator i
                        join section s on s.year = i.year and s.code = i.section_code
                        join indicator_measure im on im.indicator_id = i.id
                        join measure m on m.key = im.measure_key
                        left join indicator p on p.id = i.parent_id
                        where i.year = ? and not i.qualitative
                        order by i.ordinal, im.position""")
                .param(year)
                .query((rs, n) -> new Line(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getString(16), rs.getBoolean(17), rs.getBoolean(18)))
                .list();
    }

    /**
     * The figures of the rows of year {@code to}'s table for a territory, each year from
     * {@code from} to {@code to}, following the links back: a year the chain of links does not
     * reach has no figure here (the row is new, or that year has no table). Only the years a
     * line reaches come back, each with its year figure and, if asked, its four quarters.
     */
    public List<Figure> figures(String territoryCode, int from, int to, boolean quarterly) {
        return jdbc.sql("""
                        with recursive
                        line as (
                            select i.id, im.measure_key
                            from indicator i join indicator_measure im on im.indicator_id = i.id
                            where i.year = :to and not i.qualitative
                        ),
                        -- how many rows of the year after continue an earlier row: more than one is a split
                        sharing as (
                            select previous_id, count(*) as rows
                            from indicator_link where year between :from + 1 and :to
                            group by previous_id
                        ),
                        chain (root_id, measure_key, year, id, split_from) as (
                            select id, measure_key, :to, id, null::text from line
                            union all
                            select c.root_id, c.measure_key, c.year - 1, l.previous_id,
                                   coalesce(case when s.rows > 1 then p.code::text end, c.split_from)
                            from chain c
                            join indicator_link l on l.indicator_id = c.id
                            join indicator p on p.id = l.previous_id
                            join indicator_measure pm on pm.indicator_id = p.id and pm.measure_key = c.measure_key
                            join sharing s on s.previous_id = p.id
                            where c.year > :from
                        ),
                        -- a row reached twice (two paths back to it) is counted once
                        node as (
                            select root_id, measure_key, year, id, max(split_from) as split_from
                            from chain group by root_id, measure_key, year, id
                        ),
                        years as (
                            select y as year, (select max(q) from generate_series(1, 4) q where exists (
                                       select 1 from consolidated_value v
                                       where v.year = y and v.quarter = q and v.span = 'quarter' and v.reporting > 0)) as last_quarter
                            from generate_series(:from, :to) y
                        ),
                        period (quarter) as (
                            values (0), (1), (2), (3), (4)
                        )
                        select n.root_id, n.measure_key, n.year, k.quarter, sum(v.value) as value,
                               coalesce(max(v.reporting), 0) as reporting, coalesce(max(v.expected), 0) as expected,
                               string_agg(distinct i.code, '+' order by i.code) as sources, count(distinct n.id) as source_count,
                               max(n.split_from) as split_from, y.last_quarter
                        from node n
                        join years y on y.year = n.year
                        join indicator i on i.id = n.id
                        join period k on k.quarter = 0 or :quarterly
                        left join consolidated_value v
                               on v.year = n.year and v.territory_code = :territory and v.indicator_id = n.id
                              and v.measure_key = n.measure_key
                              -- equalities on the primary key's columns, not an "or": an index lookup per row
                              and v.quarter = case when k.quarter = 0 then y.last_quarter else k.quarter end
                              and v.span = case when k.quarter = 0 then 'ytd' else 'quarter' end
                        group by n.root_id, n.measure_key, n.year, k.quarter, y.last_quarter
                        order by n.root_id, n.measure_key, n.year, k.quarter""")
                .param("from", from).param("to", to).param("territory", territoryCode).param("quarterly", quarterly)
                .query((rs, n) -> new Figure(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                        (Integer) rs.getObject(11)))
                .list();
    }

    /** The years of the range whose table (catalogue) has been loaded. */
    public List<Integer> tableYears(int from, int to) {
        return jdbc.sql("select year from catalogue_year where year between ? and ? order by year")
                .params(from, to).query(Integer.class).list();
    }

    /**
     * The latest consolidated quarter of each year of the range that has one: the latest with any
     * figure reported for the quarter itself. A consolidation computes all four quarters of its
     * year, the later ones carrying the year to date, so "has rows" would always say IV.
     */
    public java.util.Map<Integer, Integer> consolidatedQuarters(int from, int to) {
        java.util.Map<Integer, Integer> quarters = new java.util.TreeMap<>();
        jdbc.sql("""
                        select y, (select max(q) from generate_series(1, 4) q where exists (
                                       select 1 from consolidated_value v
                                       where v.year = y and v.quarter = q and v.span = 'quarter' and v.reporting > 0))
                        from generate_series(?, ?) y""")
                .params(from, to).query(rs -> {
                    if (rs.getObject(2) != null) {
                        quarters.put(rs.getInt(1), rs.getInt(2));
                    }
                });
        return quarters;
    }

    /** The consolidation runs behind the range's figures: the last finished one of each year. */
    public List<Run> runs(int from, int to) {
        return jdbc.sql("""
                        select distinct on (year) year, id, finished_at from consolidation_run
                        where year between ? and ? and finished_at is not null
                        order by year, finished_at desc, id desc""")
                .params(from, to)
                .query((rs, n) -> new Run(rs.getInt(1), rs.getLong(2), rs.getObject(3, java.time.OffsetDateTime.class)))
                .list();
    }

    public record Run(int year, long id, java.time.OffsetDateTime finishedAt) {
    }

    /** The codes among {@code codes} that are no quantitative row of the year's table. */
    public List<String> unknownCodes(int year, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("""
                        select code from indicator i
                        where year = :year and code in (:codes) and not qualitative
                          and exists (select 1 from indicator_measure m where m.indicator_id = i.id)""")
                .param("year", year).param("codes", codes).query(String.class).list();
        return codes.stream().filter(c -> !known.contains(c)).toList();
    }
}
