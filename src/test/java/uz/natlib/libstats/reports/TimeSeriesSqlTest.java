package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.reports.TimeSeriesRepository.Figure;

/**
 * The time series' SQL against the real PostgreSQL, on two small tables of their own (2091 and
 * 2092, years no other test uses) linked in every way V18 allows, with consolidated figures
 * small enough to add up by hand. Everything made here is removed again.
 */
@SpringBootTest
class TimeSeriesSqlTest {

    static final int FIRST = 2091;
    static final int LAST = 2092;
    static final String REGION = "1706";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TimeSeriesRepository repository;

    @BeforeEach
    void tables() {
        remove(jdbc);
        load(jdbc);
    }

    @AfterEach
    void cleanUp() {
        remove(jdbc);
    }

    /**
     * 2091: 1.1, 1.5, 2.1, 2.2, 3.1, 4.1. 2092: 1.1 (same), 1.5a and 1.5b (1.5 split), 2.1 (2.1 and
     * 2.2 merged), 3.4 (3.1 renumbered), 9.8 (no row 9.8 in 2091: new), 9.9 ("-": new); 4.1 ends.
     * 2091 is consolidated to quarter IV, 2092 to quarter II.
     */
    static void load(JdbcClient jdbc) {
        for (int year : new int[] {FIRST, LAST}) {
            jdbc.sql("insert into catalogue_year (year, source) values (?, 'test')").param(year).update();
            jdbc.sql("insert into section (year, code, ordinal, label_cyrl, label_latn, label_en) values (?, 'I', 1, 'Бўлим', 'Boʻlim', 'Section')")
                    .param(year).update();
        }
        indicator(jdbc, FIRST, "1.1", 1, null, "visits");
        indicator(jdbc, FIRST, "1.5", 2, null, "events");
        indicator(jdbc, FIRST, "2.1", 3, null, "visits");
        indicator(jdbc, FIRST, "2.2", 4, null, "visits");
        indicator(jdbc, FIRST, "3.1", 5, null, "visits");
        indicator(jdbc, FIRST, "4.1", 6, null, "visits");
        indicator(jdbc, LAST, "1.1", 1, null, "visits");
        indicator(jdbc, LAST, "1.5a", 2, "1.5", "events");
        indicator(jdbc, LAST, "1.5b", 3, "1.5", "events");
        indicator(jdbc, LAST, "2.1", 4, "2.1|2.2", "visits");
        indicator(jdbc, LAST, "3.4", 5, "3.1", "visits");
        indicator(jdbc, LAST, "9.8", 6, null, "visits");
        indicator(jdbc, LAST, "9.9", 7, "-", "visits");

        value(jdbc, FIRST, 4, "ytd", REGION, "1.1", "100");
        value(jdbc, FIRST, 4, "ytd", "17", "1.1", "999");
        value(jdbc, FIRST, 4, "ytd", REGION, "1.5", "40");
        value(jdbc, FIRST, 4, "ytd", REGION, "2.1", "10");
        value(jdbc, FIRST, 4, "ytd", REGION, "2.2", "5");
        value(jdbc, FIRST, 4, "ytd", REGION, "3.1", "7");
        value(jdbc, FIRST, 4, "ytd", REGION, "4.1", "3");
        value(jdbc, FIRST, 3, "ytd", REGION, "1.1", "75");
        value(jdbc, FIRST, 1, "quarter", REGION, "1.1", "20");
        value(jdbc, FIRST, 2, "quarter", REGION, "1.1", "30");
        value(jdbc, FIRST, 3, "quarter", REGION, "1.1", "25");
        value(jdbc, FIRST, 4, "quarter", REGION, "1.1", "25");
        value(jdbc, FIRST, 4, "quarter", REGION, "2.1", "4");
        value(jdbc, FIRST, 4, "quarter", REGION, "2.2", "1");
        value(jdbc, LAST, 1, "ytd", REGION, "1.1", "25");
        value(jdbc, LAST, 2, "ytd", REGION, "1.1", "60");
        // a consolidation writes the later quarters' year to date too, with nothing reported in them
        // (made different here so that the test sees which one is read)
        value(jdbc, LAST, 4, "ytd", REGION, "1.1", "61");
        value(jdbc, LAST, 2, "ytd", REGION, "1.5a", "11");
        value(jdbc, LAST, 2, "ytd", REGION, "2.1", "9");
        value(jdbc, LAST, 2, "ytd", REGION, "3.4", "8");
        value(jdbc, LAST, 2, "ytd", REGION, "9.9", "4");
        value(jdbc, LAST, 1, "quarter", REGION, "1.1", "25");
        value(jdbc, LAST, 2, "quarter", REGION, "1.1", "35");
    }

    static void indicator(JdbcClient jdbc, int year, String code, int ordinal, String previous, String measure) {
        int id = jdbc.sql("""
                        insert into indicator (year, code, ordinal, seed_number, section_code, label_cyrl, label_latn,
                            label_en, aggregation, periodicity, plan_bearing, qualitative, previous_code)
                        values (?, ?, ?, ?, 'I', ?, ?, ?, 'flow', 'quarterly', false, false, ?) returning id""")
                .params(year, code, ordinal, code, "Кўрсаткич " + code, "Koʻrsatkich " + code, "Indicator " + code,
                        previous)
                .query(Integer.class).single();
        jdbc.sql("insert into indicator_measure (indicator_id, position, measure_key) values (?, 1, ?)")
                .params(id, measure).update();
    }

    static void value(JdbcClient jdbc, int year, int quarter, String span, String territory, String code, String value) {
        jdbc.sql("""
                        insert into consolidated_value (run_id, year, quarter, span, territory_code, indicator_id,
                            measure_key, value, reporting, expected)
                        select -1, ?, ?, ?, ?, i.id, m.measure_key, ?::numeric, 3, 13
                        from indicator i join indicator_measure m on m.indicator_id = i.id
                        where i.year = ? and i.code = ?""")
                .params(year, quarter, span, territory, value, year, code).update();
    }

    static void remove(JdbcClient jdbc) {
        jdbc.sql("delete from consolidated_value where year in (?, ?)").params(FIRST, LAST).update();
        jdbc.sql("delete from indicator_measure where indicator_id in (select id from indicator where year in (?, ?))")
                .params(FIRST, LAST).update();
        jdbc.sql("delete from indicator where year in (?, ?)").params(FIRST, LAST).update();
        jdbc.sql("delete from section where year in (?, ?)").params(FIRST, LAST).update();
        jdbc.sql("delete from catalogue_year where year in (?, ?)").params(FIRST, LAST).update();
    }

    private Map<String, Map<String, Figure>> byCode(List<Figure> figures) {
        Map<Integer, String> codes = jdbc.sql("select id, code from indicator where year = ?").param(LAST)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return figures.stream().collect(Collectors.groupingBy(f -> codes.get(f.indicatorId()),
                Collectors.toMap(f -> f.year() + (f.quarter() == 0 ? "" : "Q" + f.quarter()), f -> f)));
    }

    private static Optional<BigDecimal> value(Map<String, Map<String, Figure>> figures, String code, String period) {
        return Optional.ofNullable(figures.getOrDefault(code, Map.of()).get(period)).map(Figure::value);
    }

    @Test
    void givenTheLastYearsRows_whenFollowedBackAYear_thenEachLinkKindGivesItsEarlierFigure() {
        var figures = byCode(repository.figures(REGION, FIRST, LAST, false));

        // same code: the region's own figure, not the nation's 999
        assertThat(value(figures, "1.1", "2091")).contains(new BigDecimal("100.000"));
        // the year not finished: its latest consolidated quarter, II (60, not Q1's 25 nor the empty Q4's 61)
        assertThat(value(figures, "1.1", "2092")).contains(new BigDecimal("60.000"));
        assertThat(figures.get("1.1").get("2092").toQuarter()).isEqualTo(2);
        assertThat(figures.get("1.1").get("2091").toQuarter()).isEqualTo(4);
        // split: each part shows the whole figure of 1.5, and says so
        assertThat(value(figures, "1.5a", "2091")).contains(new BigDecimal("40.000"));
        assertThat(value(figures, "1.5b", "2091")).contains(new BigDecimal("40.000"));
        assertThat(figures.get("1.5a").get("2091").splitFrom()).isEqualTo("1.5");
        assertThat(figures.get("1.5a").get("2092").splitFrom()).isNull();
        // 1.5b was consolidated but nobody reported it in 2092: a line with a null value
        assertThat(figures.get("1.5b")).containsKey("2092");
        assertThat(value(figures, "1.5b", "2092")).isEmpty();
        // merged: 10 + 5
        assertThat(value(figures, "2.1", "2091")).contains(new BigDecimal("15.000"));
        assertThat(figures.get("2.1").get("2091").sources()).isEqualTo("2.1+2.2");
        assertThat(figures.get("2.1").get("2091").sourceCount()).isEqualTo(2);
        assertThat(figures.get("2.1").get("2091").splitFrom()).isNull();
        // renumbered: 3.4 was 3.1
        assertThat(value(figures, "3.4", "2091")).contains(new BigDecimal("7.000"));
        assertThat(figures.get("3.4").get("2091").sources()).isEqualTo("3.1");
        // new rows reach no earlier year: no 2091 figure at all (the report says "new in 2092")
        assertThat(figures.get("9.8")).containsOnlyKeys("2092");
        assertThat(figures.get("9.9")).containsOnlyKeys("2092");
        assertThat(value(figures, "9.9", "2092")).contains(new BigDecimal("4.000"));
        // 4.1 ended in 2091: not a row of the last year, so not in the report
        assertThat(figures.values().stream().flatMap(m -> m.values().stream()).map(Figure::year)).doesNotContain(2090);
        assertThat(figures).hasSize(7);
    }

    @Test
    void givenQuarters_whenAsked_thenEachQuarterFollowsTheSameLinks() {
        var figures = byCode(repository.figures(REGION, FIRST, LAST, true));

        assertThat(value(figures, "1.1", "2091Q1")).contains(new BigDecimal("20.000"));
        assertThat(value(figures, "1.1", "2091Q4")).contains(new BigDecimal("25.000"));
        assertThat(value(figures, "1.1", "2092Q2")).contains(new BigDecimal("35.000"));
        assertThat(value(figures, "1.1", "2092Q3")).isEmpty();
        // merged quarter: 4 + 1
        assertThat(value(figures, "2.1", "2091Q4")).contains(new BigDecimal("5.000"));
        assertThat(value(figures, "2.1", "2091Q1")).isEmpty();
        assertThat(value(figures, "2.1", "2091")).contains(new BigDecimal("15.000"));
    }

    @Test
    void givenARangeStartingBeforeTheFirstTable_whenRead_thenThoseYearsHaveNothing() {
        var figures = byCode(repository.figures(REGION, 2089, LAST, false));

        assertThat(figures.get("1.1")).containsOnlyKeys("2091", "2092");
        assertThat(repository.tableYears(2089, LAST)).containsExactly(FIRST, LAST);
        assertThat(repository.consolidatedQuarters(2089, LAST)).containsExactly(Map.entry(FIRST, 4), Map.entry(LAST, 2));
    }

    @Test
    void givenChartCodes_whenNotRowsOfTheLastTable_thenNamed() {
        assertThat(repository.unknownCodes(LAST, List.of("1.1", "1.5", "9.9", "x"))).containsExactly("1.5", "x");
        assertThat(repository.lines(LAST)).extracting(TimeSeriesRepository.Line::code)
                .containsExactly("1.1", "1.5a", "1.5b", "2.1", "3.4", "9.8", "9.9");
    }
}
