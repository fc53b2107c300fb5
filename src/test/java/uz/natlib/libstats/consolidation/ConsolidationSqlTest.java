package uz.natlib.libstats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;

/**
 * Consolidation against the real PostgreSQL, on hand-made 2021 submissions with figures small
 * enough to add up by eye. Each test starts from an empty set of submissions.
 */
@SpringBootTest
class ConsolidationSqlTest {

    private static final int YEAR = 2021;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ConsolidatedFiguresRepository figures;

    private int sequence;

    /** Also after each: the 2022 returns of the previous-year test would hold the shipped 2022 table for other classes. */
    @org.junit.jupiter.api.AfterEach
    void cleanAfter() {
        cleanYear();
    }

    @BeforeEach
    void cleanYear() {
        jdbc.sql("delete from consolidated_value").update();
        jdbc.sql("delete from completeness").update();
        jdbc.sql("delete from consolidation_run_submission").update();
        jdbc.sql("delete from data_value").update();
        jdbc.sql("delete from plan_value").update();
        jdbc.sql("delete from data_status").update();
        jdbc.sql("delete from validation_finding").update();
        jdbc.sql("update submission set superseded_by = null, duplicate_of = null").update();
        jdbc.sql("delete from submission").update();
    }

    private long submission(String kind, String district, String period, String status) {
        return submission(kind, district, period, status, "2021-04-05T10:00:00+05:00");
    }

    private long submission(String kind, String district, String period, String status, String receivedAt) {
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status,
                            received_at, processed_at)
                        values (?, ?, ?, ?, ?, ?, ?::timestamptz, now()) returning id""")
                .params(kind, "f" + (++sequence), String.format("%064d", sequence), district, period, status,
                        receivedAt)
                .query(Long.class).single();
    }

    private void value(String table, long submission, String code, String measure, String value) {
        value(YEAR, table, submission, code, measure, value);
    }

    private void value(int year, String table, long submission, String code, String measure, String value) {
        jdbc.sql("insert into " + table + " (submission_id, indicator_id, measure_key, value) "
                        + "select ?, id, ?, ?::numeric from indicator where year = ? and code = ?")
                .params(submission, measure, value, year, code).update();
    }

    private Optional<Map<String, Object>> figure(int quarter, String span, String territory, String code, String measure) {
        return figure(YEAR, quarter, span, territory, code, measure);
    }

    private Optional<Map<String, Object>> figure(int year, int quarter, String span, String territory, String code,
                                                 String measure) {
        return jdbc.sql("""
                        select c.value, c.reporting, c.expected, c.plan_value, c.previous_value, c.plan_reporting,
                               c.matched_value, c.matched_plan, c.matched_reporting, c.carried
                        from consolidated_value c join indicator i on i.id = c.indicator_id
                        where c.year = ? and c.quarter = ? and c.span = ? and c.territory_code = ?
                          and i.code = ? and c.measure_key = ?""")
                .params(year, quarter, span, territory, code, measure)
                .query().listOfRows().stream().findFirst();
    }

    private static BigDecimal n(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    @Test
    void givenTwoDistrictsOverTwoQuarters_whenConsolidated_thenFlowsAddUpAndStocksTakeTheLastQuarter() {
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        long jondorQ2 = submission("return", "1706246", "2021Q2", "accepted");
        long olotQ1 = submission("return", "1706204", "2021Q1", "accepted");
        value("data_value", jondorQ1, "5.1", "visits", "100");
        value("data_value", jondorQ2, "5.1", "visits", "120");
        value("data_value", olotQ1, "5.1", "visits", "50");
        value("data_value", jondorQ1, "1.1", "copies", "1000");
        value("data_value", jondorQ2, "1.1", "copies", "1010");
        value("data_value", olotQ1, "1.1", "copies", "400");

        consolidation.consolidate(YEAR);

        assertThat(n(figure(1, "quarter", "1706", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("150");
        assertThat(figure(1, "quarter", "1706", "5.1", "visits").orElseThrow().get("reporting")).isEqualTo(2);
        assertThat(figure(1, "quarter", "1706", "5.1", "visits").orElseThrow().get("expected")).isEqualTo(13);
        // Q2: only Jondor reported; the region's quarter total says so instead of pretending Olot had zero.
        assertThat(n(figure(2, "quarter", "1706", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("120");
        assertThat(figure(2, "quarter", "1706", "5.1", "visits").orElseThrow().get("reporting")).isEqualTo(1);
        // Year to date: flows add their quarters (100 + 120 + 50) ...
        assertThat(n(figure(2, "ytd", "1706", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("270");
        // ... stocks take each district's latest quarter (1010 + 400), never the sum of quarters.
        assertThat(n(figure(2, "ytd", "1706", "1.1", "copies").orElseThrow().get("value"))).isEqualByComparingTo("1410");
        assertThat(n(figure(2, "ytd", "1706246", "1.1", "copies").orElseThrow().get("value"))).isEqualByComparingTo("1010");
        assertThat(n(figure(2, "ytd", "17", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("270");
        assertThat(figure(2, "ytd", "17", "5.1", "visits").orElseThrow().get("expected")).isEqualTo(205);
    }

    @Test
    void givenABlankFigure_whenConsolidated_thenNoTotalPretendsItWasZero() {
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        value("data_value", jondorQ1, "5.1", "visits", "100");

        consolidation.consolidate(YEAR);

        assertThat(figure(1, "quarter", "1706", "5.4", "events")).isEmpty();
        assertThat(figure(3, "quarter", "1706", "5.1", "visits")).isEmpty();
    }

    @Test
    void givenSupersededAndRejectedFiles_whenConsolidated_thenOnlyTheCurrentSubmissionCounts() {
        long old = submission("return", "1706246", "2021Q1", "superseded");
        long current = submission("return", "1706246", "2021Q1", "accepted");
        long rejected = submission("return", "1706204", "2021Q1", "rejected");
        value("data_value", old, "5.1", "visits", "999");
        value("data_value", current, "5.1", "visits", "100");
        value("data_value", rejected, "5.1", "visits", "777");

        consolidation.consolidate(YEAR);

        assertThat(n(figure(1, "quarter", "1706", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("100");
    }

    @Test
    void givenPlans_whenConsolidated_thenPlansAddUpLikeActualsOnYearToDateRows() {
        long jondorPlan = submission("plan", "1706246", "2021", "accepted");
        long olotPlan = submission("plan", "1706204", "2021", "accepted");
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        value("plan_value", jondorPlan, "10.7", "posts", "1200");
        value("plan_value", olotPlan, "10.7", "posts", "800");
        value("data_value", jondorQ1, "10.7", "posts", "300");

        consolidation.consolidate(YEAR);

        Map<String, Object> region = figure(1, "ytd", "1706", "10.7", "posts").orElseThrow();
        assertThat(n(region.get("plan_value"))).isEqualByComparingTo("2000");
        assertThat(n(region.get("value"))).isEqualByComparingTo("300");
        assertThat(n(figure(4, "ytd", "1706204", "10.7", "posts").orElseThrow().get("plan_value")))
                .isEqualByComparingTo("800");
        assertThat(figure(4, "ytd", "1706204", "10.7", "posts").orElseThrow().get("value")).isNull();
    }

    @Test
    void givenPlansFromSomeDistrictsAndFiguresFromOthers_whenConsolidated_thenFulfilmentComparesOnlyDistrictsWithBoth() {
        // Jondor: plan 1200, 300 done; Olot: plan 800, nothing reported; Kogon: 500 done, no plan.
        long jondorPlan = submission("plan", "1706246", "2021", "accepted");
        long olotPlan = submission("plan", "1706204", "2021", "accepted");
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        long kogonQ1 = submission("return", "1706219", "2021Q1", "accepted");
        value("plan_value", jondorPlan, "10.7", "posts", "1200");
        value("plan_value", olotPlan, "10.7", "posts", "800");
        value("data_value", jondorQ1, "10.7", "posts", "300");
        value("data_value", kogonQ1, "10.7", "posts", "500");

        consolidation.consolidate(YEAR);

        for (String territory : new String[] {"1706", "17"}) {
            Map<String, Object> total = figure(1, "ytd", territory, "10.7", "posts").orElseThrow();
            assertThat(n(total.get("value"))).isEqualByComparingTo("800");
            assertThat(total.get("reporting")).isEqualTo(2);
            assertThat(n(total.get("plan_value"))).isEqualByComparingTo("2000");
            assertThat(total.get("plan_reporting")).isEqualTo(2);
            // like for like: Jondor alone has both, 300 of 1200 = 25 %, not 800 of 2000 = 40 %
            assertThat(n(total.get("matched_value"))).isEqualByComparingTo("300");
            assertThat(n(total.get("matched_plan"))).isEqualByComparingTo("1200");
            assertThat(total.get("matched_reporting")).isEqualTo(1);
        }
        Map<String, Object> kogon = figure(1, "ytd", "1706219", "10.7", "posts").orElseThrow();
        assertThat(kogon.get("matched_value")).isNull();
        assertThat(kogon.get("matched_reporting")).isEqualTo(0);
        Map<String, Object> olot = figure(1, "ytd", "1706204", "10.7", "posts").orElseThrow();
        assertThat(olot.get("matched_plan")).isNull();
        // the quarter alone carries no plan comparison
        assertThat(figure(1, "quarter", "1706", "10.7", "posts").orElseThrow().get("matched_reporting")).isEqualTo(0);
    }

    @Test
    void givenAPlanFigureStoredOnARowThatBearsNoPlan_whenConsolidated_thenItIsNoPlan() {
        long jondorPlan = submission("plan", "1706246", "2021", "accepted");
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        // stored before the ingest refused plans on rows without one: 1.1 bears no plan, 10.7 does
        value("plan_value", jondorPlan, "1.1", "copies", "9000");
        value("plan_value", jondorPlan, "10.7", "posts", "1200");
        value("data_value", jondorQ1, "1.1", "copies", "1000");
        value("data_value", jondorQ1, "10.7", "posts", "300");

        consolidation.consolidate(YEAR);

        Map<String, Object> collection = figure(1, "ytd", "1706", "1.1", "copies").orElseThrow();
        assertThat(collection.get("plan_value")).isNull();
        assertThat(collection.get("matched_reporting")).isEqualTo(0);
        assertThat(n(figure(1, "ytd", "1706", "10.7", "posts").orElseThrow().get("plan_value"))).isEqualByComparingTo("1200");
    }

    @Test
    void givenAStockNotReportedInTheLatestQuarter_whenConsolidated_thenItsEarlierValueIsCountedAsCarried() {
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        long jondorQ2 = submission("return", "1706246", "2021Q2", "accepted");
        long olotQ1 = submission("return", "1706204", "2021Q1", "accepted");
        value("data_value", jondorQ1, "1.1", "copies", "1000");
        value("data_value", jondorQ2, "1.1", "copies", "1010");
        value("data_value", olotQ1, "1.1", "copies", "400");
        value("data_value", olotQ1, "5.1", "visits", "50");

        consolidation.consolidate(YEAR);

        Map<String, Object> region = figure(2, "ytd", "1706", "1.1", "copies").orElseThrow();
        assertThat(n(region.get("value"))).isEqualByComparingTo("1410");
        assertThat(region.get("reporting")).isEqualTo(2);
        assertThat(region.get("carried")).isEqualTo(1);
        assertThat(figure(2, "ytd", "17", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(1);
        assertThat(figure(2, "ytd", "1706204", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(1);
        assertThat(figure(2, "ytd", "1706246", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(0);
        // at quarter I nothing is carried yet; a quarter alone never carries; a flow never does
        assertThat(figure(1, "ytd", "1706", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(0);
        assertThat(figure(2, "quarter", "1706", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(0);
        assertThat(figure(2, "ytd", "1706", "5.1", "visits").orElseThrow().get("carried")).isEqualTo(0);
    }

    @Test
    void givenAcceptedRejectedAndNoFiles_whenConsolidated_thenEachDistrictIsCountedOnceInItsClass() {
        submission("return", "1706246", "2021Q1", "accepted");
        // a rejected file beside an accepted one: the district counts as accepted, not as rejected too
        submission("return", "1706246", "2021Q1", "rejected");
        submission("return", "1706204", "2021Q1", "rejected");
        submission("return", "1706204", "2021Q1", "rejected");

        consolidation.consolidate(YEAR);

        Map<String, Object> row = jdbc.sql("""
                select expected, accepted, only_rejected, nothing_received, on_time, late from completeness
                where year = 2021 and quarter = 1 and territory_code = '1706'""").query().singleRow();
        assertThat(row).containsEntry("expected", 13).containsEntry("accepted", 1).containsEntry("only_rejected", 1)
                .containsEntry("nothing_received", 11).containsEntry("on_time", 1).containsEntry("late", 0);
    }

    @Test
    void givenTheSameData_whenConsolidatedTwice_thenTheFiguresAreTheSame() {
        long jondorQ1 = submission("return", "1706246", "2021Q1", "accepted");
        value("data_value", jondorQ1, "5.1", "visits", "100");
        consolidation.consolidate(YEAR);
        String first = jdbc.sql("select string_agg(territory_code || span || quarter || value, ',' order by 1) "
                + "from (select territory_code, span, quarter, value from consolidated_value order by 1, 2, 3) x")
                .query(String.class).single();

        consolidation.consolidate(YEAR);

        String second = jdbc.sql("select string_agg(territory_code || span || quarter || value, ',' order by 1) "
                + "from (select territory_code, span, quarter, value from consolidated_value order by 1, 2, 3) x")
                .query(String.class).single();
        assertThat(second).isEqualTo(first);
    }

    private static final String JONDOR = "1706246";
    private static final String OLOT = "1706204";
    private static final String BUXORO = "1706207";
    private static final String VOBKENT = "1706212";
    private static final String GIJDUVON = "1706215";
    private static final String KOGON = "1706219";
    private static final String OLTINKOL = "1703202";
    private static final String ANDIJON_TUMANI = "1703203";

    private Map<String, Object> completeness(int quarter, String territory) {
        return jdbc.sql("""
                        select due_date::text as due, expected, accepted, only_rejected, nothing_received, on_time, late
                        from completeness where year = 2021 and quarter = ? and territory_code = ?""")
                .params(quarter, territory).query().singleRow();
    }

    /**
     * Q1 2021 ends on 31 March; due 10 days later, on 10 April (Tashkent). A return accepted at 23:30 on
     * the due date is on time; one accepted at 00:30 on 11 April, Tashkent time (still 10 April in UTC),
     * is late. What counts is the accepted file's arrival, not that of the file it replaced.
     */
    @Test
    void givenReturnsAroundTheDueDate_whenConsolidated_thenOnTimeUpToTheLastMinuteOfTheDueDateInTashkent() {
        submission("return", JONDOR, "2021Q1", "accepted", "2021-04-01T09:00:00+05:00");          // on time
        submission("return", OLOT, "2021Q1", "accepted", "2021-04-10T23:30:00+05:00");           // on time: the due date
        submission("return", KOGON, "2021Q1", "accepted", "2021-04-11T00:30:00+05:00");          // late by 30 minutes
        submission("return", BUXORO, "2021Q1", "rejected", "2021-04-03T10:00:00+05:00");
        submission("return", BUXORO, "2021Q1", "accepted", "2021-04-20T10:00:00+05:00");         // late, after a rejection
        submission("return", GIJDUVON, "2021Q1", "superseded", "2021-04-05T10:00:00+05:00");
        submission("return", GIJDUVON, "2021Q1", "accepted", "2021-04-12T10:00:00+05:00");       // correction, late
        submission("return", VOBKENT, "2021Q1", "rejected", "2021-04-02T10:00:00+05:00");        // only rejected
        submission("return", VOBKENT, "2021Q1", "rejected", "2021-04-04T10:00:00+05:00");
        // Andijon: a duplicate is no new file and a file still being stored is not judged: nothing received
        submission("return", OLTINKOL, "2021Q1", "duplicate", "2021-04-02T10:00:00+05:00");
        submission("return", ANDIJON_TUMANI, "2021Q1", "received", "2021-04-02T10:00:00+05:00");
        // a plan is no return
        submission("plan", OLTINKOL, "2021", "accepted", "2021-01-10T10:00:00+05:00");

        consolidation.consolidate(YEAR);

        // Bukhara's 13 districts: accepted 5 (on time 2, late 3), only rejected 1, nothing received 13 - 5 - 1 = 7
        assertThat(completeness(1, "1706")).containsEntry("due", "2021-04-10").containsEntry("expected", 13)
                .containsEntry("accepted", 5).containsEntry("only_rejected", 1).containsEntry("nothing_received", 7)
                .containsEntry("on_time", 2).containsEntry("late", 3);
        int andijon = jdbc.sql("select count(*) from territory where parent_code = '1703' and level = 'district'")
                .query(Integer.class).single();
        assertThat(completeness(1, "1703")).containsEntry("expected", andijon).containsEntry("accepted", 0)
                .containsEntry("only_rejected", 0).containsEntry("nothing_received", andijon)
                .containsEntry("on_time", 0).containsEntry("late", 0);
        // the nation: 205 districts, 5 accepted, 1 only rejected, 199 nothing
        assertThat(completeness(1, "17")).containsEntry("due", "2021-04-10").containsEntry("expected", 205)
                .containsEntry("accepted", 5).containsEntry("only_rejected", 1).containsEntry("nothing_received", 199)
                .containsEntry("on_time", 2).containsEntry("late", 3);
        // Q2 (due 30 June + 10 days): nothing came
        assertThat(completeness(2, "1706")).containsEntry("due", "2021-07-10").containsEntry("accepted", 0)
                .containsEntry("only_rejected", 0).containsEntry("nothing_received", 13);
        assertThat(completeness(4, "17")).containsEntry("due", "2022-01-10");
    }

    private static ConsolidatedFigure posts(List<ConsolidatedFigure> all, String territory) {
        return all.stream().filter(f -> f.territoryCode().equals(territory) && f.indicatorCode().equals("10.7")
                && f.measureKey().equals("posts")).findFirst().orElseThrow();
    }

    @Test
    void givenFiguresWhoseFulfilmentHasAFraction_whenConsolidated_thenFulfilmentIsRoundedHalfUpAtTheTenth() {
        // Jondor 300 of 800 = 37.5 %; Kogon 749 of 2000 = 37.45 %, half up 37.5 (down: 37.4);
        // Olot: 80 of 300 = 26.666... %, 26.7.
        long jondorPlan = submission("plan", JONDOR, "2021", "accepted");
        long kogonPlan = submission("plan", KOGON, "2021", "accepted");
        long olotPlan = submission("plan", OLOT, "2021", "accepted");
        value("plan_value", jondorPlan, "10.7", "posts", "800");
        value("plan_value", kogonPlan, "10.7", "posts", "2000");
        value("plan_value", olotPlan, "10.7", "posts", "300");
        value("data_value", submission("return", JONDOR, "2021Q1", "accepted"), "10.7", "posts", "300");
        value("data_value", submission("return", KOGON, "2021Q1", "accepted"), "10.7", "posts", "749");
        value("data_value", submission("return", OLOT, "2021Q1", "accepted"), "10.7", "posts", "80");

        consolidation.consolidate(YEAR);

        List<ConsolidatedFigure> q1 = figures.figures(YEAR, List.of(1), List.of("ytd"), "1706", true);
        assertThat(posts(q1, JONDOR).fulfilmentPct()).isEqualByComparingTo("37.5");
        assertThat(posts(q1, KOGON).fulfilmentPct()).isEqualByComparingTo("37.5");
        assertThat(posts(q1, OLOT).fulfilmentPct()).isEqualByComparingTo("26.7");
        ConsolidatedFigure region = posts(q1, "1706");
        assertThat(n(region.matchedValue())).isEqualByComparingTo("1129");
        assertThat(n(region.matchedPlan())).isEqualByComparingTo("3100");
        // 1129 / 3100 = 36.419... %
        assertThat(region.fulfilmentPct()).isEqualByComparingTo("36.4");
        // a district with no figure has no fulfilment, and the quarter alone carries no plan
        assertThat(posts(figures.figures(YEAR, List.of(1), List.of("ytd"), "1706", true), VOBKENT).fulfilmentPct()).isNull();
        assertThat(figure(1, "quarter", "1706", "10.7", "posts").orElseThrow().get("plan_value")).isNull();
    }

    @Test
    void givenAZeroAndABlank_whenConsolidated_thenTheZeroIsAFigureAndTheBlankIsNot() {
        long jondorQ1 = submission("return", JONDOR, "2021Q1", "accepted");
        long olotQ1 = submission("return", OLOT, "2021Q1", "accepted");
        long kogonQ1 = submission("return", KOGON, "2021Q1", "accepted");
        value("data_value", jondorQ1, "5.1", "visits", "100");
        value("data_value", olotQ1, "5.1", "visits", "0");
        value("data_value", olotQ1, "5.4", "events", "0");
        value("data_value", kogonQ1, "1.1", "copies", "700");   // Kogon left 5.1 and 5.4 blank

        consolidation.consolidate(YEAR);

        Map<String, Object> visits = figure(1, "quarter", "1706", "5.1", "visits").orElseThrow();
        assertThat(n(visits.get("value"))).isEqualByComparingTo("100");
        assertThat(visits.get("reporting")).isEqualTo(2);
        assertThat(visits.get("expected")).isEqualTo(13);
        Map<String, Object> events = figure(1, "ytd", "17", "5.4", "events").orElseThrow();
        assertThat(n(events.get("value"))).isEqualByComparingTo("0");
        assertThat(events.get("reporting")).isEqualTo(1);
        assertThat(events.get("expected")).isEqualTo(205);
        assertThat(figure(1, "quarter", KOGON, "5.1", "visits")).isEmpty();
        // what the reports read: Kogon's blank is null, never zero
        List<ConsolidatedFigure> kogon = figures.figures(YEAR, List.of(1), List.of("quarter"), KOGON, false);
        assertThat(kogon).filteredOn(f -> f.indicatorCode().equals("5.1")).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isNull();
                    assertThat(f.reporting()).isZero();
                });
    }

    @Test
    void givenTwoRegionsOverThreeQuarters_whenConsolidated_thenTheNationAddsFlowsUpToTheQuarterAndCarriesStocks() {
        long jondorQ1 = submission("return", JONDOR, "2021Q1", "accepted");
        long jondorQ2 = submission("return", JONDOR, "2021Q2", "accepted");
        long jondorQ3 = submission("return", JONDOR, "2021Q3", "accepted");
        long oltinkolQ1 = submission("return", OLTINKOL, "2021Q1", "accepted");
        long oltinkolQ2 = submission("return", OLTINKOL, "2021Q2", "accepted");
        value("data_value", jondorQ1, "5.1", "visits", "100");
        value("data_value", jondorQ2, "5.1", "visits", "120");
        value("data_value", jondorQ3, "5.1", "visits", "130");
        value("data_value", oltinkolQ2, "5.1", "visits", "40");
        value("data_value", jondorQ1, "1.1", "copies", "1000");   // Jondor: Q1 and Q3, not Q2
        value("data_value", jondorQ3, "1.1", "copies", "1020");
        value("data_value", oltinkolQ1, "1.1", "copies", "500");  // Oltinko'l: Q1 and Q2
        value("data_value", oltinkolQ2, "1.1", "copies", "510");

        consolidation.consolidate(YEAR);

        // flows: Q2 year to date 100 + 120 + 40 (Jondor's Q3 is later), Q3 and Q4 390
        assertThat(n(figure(2, "ytd", "17", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("260");
        assertThat(n(figure(3, "ytd", "17", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("390");
        assertThat(n(figure(4, "ytd", "17", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("390");
        assertThat(figure(4, "quarter", "17", "5.1", "visits")).isEmpty();
        assertThat(n(figure(2, "ytd", "1703", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("40");
        // stocks, quarter alone: Q2 only Oltinko'l's 510
        Map<String, Object> q2 = figure(2, "quarter", "17", "1.1", "copies").orElseThrow();
        assertThat(n(q2.get("value"))).isEqualByComparingTo("510");
        assertThat(q2.get("reporting")).isEqualTo(1);
        // year to date: each district's latest quarter; carried where that quarter is earlier
        Map<String, Object> ytd2 = figure(2, "ytd", "17", "1.1", "copies").orElseThrow();
        assertThat(n(ytd2.get("value"))).isEqualByComparingTo("1510");    // 1000 (Q1, carried) + 510
        assertThat(ytd2.get("reporting")).isEqualTo(2);
        assertThat(ytd2.get("carried")).isEqualTo(1);
        Map<String, Object> ytd3 = figure(3, "ytd", "17", "1.1", "copies").orElseThrow();
        assertThat(n(ytd3.get("value"))).isEqualByComparingTo("1530");    // 1020 + 510 (Q2, carried)
        assertThat(ytd3.get("carried")).isEqualTo(1);
        assertThat(figure(3, "ytd", "1706", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(0);
        assertThat(figure(3, "ytd", "1703", "1.1", "copies").orElseThrow().get("carried")).isEqualTo(1);
        // the year of a stock is its last quarter (both carried at Q4), never the sum 3030
        Map<String, Object> year = figure(4, "ytd", "17", "1.1", "copies").orElseThrow();
        assertThat(n(year.get("value"))).isEqualByComparingTo("1530");
        assertThat(year.get("carried")).isEqualTo(2);
    }

    @Test
    void givenACorrectionInALaterQuarter_whenConsolidated_thenOnlyTheCurrentFileOfEachQuarterCounts() {
        long firstQ1 = submission("return", JONDOR, "2021Q1", "superseded");
        long correctedQ1 = submission("return", JONDOR, "2021Q1", "accepted");
        long jondorQ2 = submission("return", JONDOR, "2021Q2", "accepted");
        long firstPlan = submission("plan", JONDOR, "2021", "superseded");
        long plan = submission("plan", JONDOR, "2021", "accepted");
        value("data_value", firstQ1, "5.1", "visits", "1000");
        value("data_value", correctedQ1, "5.1", "visits", "100");
        value("data_value", jondorQ2, "5.1", "visits", "120");
        value("data_value", firstQ1, "1.1", "copies", "9999");      // the superseded file had a stock the correction left blank
        value("plan_value", firstPlan, "10.7", "posts", "5000");
        value("plan_value", plan, "10.7", "posts", "1200");

        consolidation.consolidate(YEAR);

        assertThat(n(figure(2, "ytd", "1706", "5.1", "visits").orElseThrow().get("value"))).isEqualByComparingTo("220");
        assertThat(figure(2, "ytd", JONDOR, "1.1", "copies")).isEmpty();
        Map<String, Object> planned = figure(2, "ytd", "1706", "10.7", "posts").orElseThrow();
        assertThat(n(planned.get("plan_value"))).isEqualByComparingTo("1200");
        assertThat(planned.get("plan_reporting")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from consolidation_run_submission").query(Integer.class).single())
                .isEqualTo(3);
    }

    /** 2022's table (shipped, imported at start) continues 5.1 and 1.1 under the same codes. */
    @Test
    void givenTheYearBefore_whenConsolidated_thenEachFigureCarriesTheSameFigureAYearEarlier() {
        long jondor21q1 = submission("return", JONDOR, "2021Q1", "accepted");
        long jondor21q2 = submission("return", JONDOR, "2021Q2", "accepted");
        long jondor21q3 = submission("return", JONDOR, "2021Q3", "accepted");
        long olot21q1 = submission("return", OLOT, "2021Q1", "accepted");
        long jondor22q1 = submission("return", JONDOR, "2022Q1", "accepted", "2022-04-05T10:00:00+05:00");
        long jondor22q2 = submission("return", JONDOR, "2022Q2", "accepted", "2022-07-05T10:00:00+05:00");
        long olot22q2 = submission("return", OLOT, "2022Q2", "accepted", "2022-07-05T10:00:00+05:00");
        value(2021, "data_value", jondor21q1, "5.1", "visits", "100");
        value(2021, "data_value", jondor21q2, "5.1", "visits", "60");
        value(2021, "data_value", jondor21q3, "5.1", "visits", "999");
        value(2021, "data_value", olot21q1, "5.1", "visits", "50");
        value(2021, "data_value", jondor21q1, "1.1", "copies", "1000");
        value(2021, "data_value", jondor21q2, "1.1", "copies", "1010");
        value(2021, "data_value", olot21q1, "1.1", "copies", "400");
        value(2022, "data_value", jondor22q1, "5.1", "visits", "110");
        value(2022, "data_value", jondor22q2, "5.1", "visits", "70");
        value(2022, "data_value", olot22q2, "5.1", "visits", "55");
        value(2022, "data_value", jondor22q2, "1.1", "copies", "1020");
        value(2022, "data_value", olot22q2, "1.1", "copies", "410");

        consolidation.consolidate(2022);

        // the quarter alone: Q1 2021 was 100 + 50, Q2 2021 Jondor's 60
        Map<String, Object> q1 = figure(2022, 1, "quarter", "1706", "5.1", "visits").orElseThrow();
        assertThat(n(q1.get("value"))).isEqualByComparingTo("110");
        assertThat(n(q1.get("previous_value"))).isEqualByComparingTo("150");
        assertThat(n(figure(2022, 2, "quarter", "1706", "5.1", "visits").orElseThrow().get("previous_value")))
                .isEqualByComparingTo("60");
        // year to date at Q2: 110 + 70 + 55 against 100 + 60 + 50 (2021's Q3 is later in the year)
        for (String territory : List.of("1706", "17")) {
            Map<String, Object> ytd = figure(2022, 2, "ytd", territory, "5.1", "visits").orElseThrow();
            assertThat(n(ytd.get("value"))).isEqualByComparingTo("235");
            assertThat(n(ytd.get("previous_value"))).as(territory).isEqualByComparingTo("210");
        }
        assertThat(n(figure(2022, 2, "ytd", JONDOR, "5.1", "visits").orElseThrow().get("previous_value")))
                .isEqualByComparingTo("160");
        assertThat(n(figure(2022, 2, "ytd", OLOT, "5.1", "visits").orElseThrow().get("previous_value")))
                .isEqualByComparingTo("50");
        // the whole year: 2021's four quarters, 100 + 60 + 999 + 50
        assertThat(n(figure(2022, 4, "ytd", "1706", "5.1", "visits").orElseThrow().get("previous_value")))
                .isEqualByComparingTo("1209");
        // a stock a year earlier is each district's latest quarter then: 1010 (Q2) + 400 (Q1, carried)
        Map<String, Object> stock = figure(2022, 2, "ytd", "1706", "1.1", "copies").orElseThrow();
        assertThat(n(stock.get("value"))).isEqualByComparingTo("1430");
        assertThat(n(stock.get("previous_value"))).isEqualByComparingTo("1410");
    }
}
