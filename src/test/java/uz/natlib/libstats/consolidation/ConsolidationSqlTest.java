package uz.natlib.libstats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    private int sequence;

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
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, status,
                            received_at, processed_at)
                        values (?, ?, ?, ?, ?, ?, ?::timestamptz, now()) returning id""")
                .params(kind, "f" + (++sequence), String.format("%064d", sequence), district, period, status,
                        "2021-04-05T10:00:00+05:00")
                .query(Long.class).single();
    }

    private void value(String table, long submission, String code, String measure, String value) {
        jdbc.sql("insert into " + table + " (submission_id, indicator_id, measure_key, value) "
                        + "select ?, id, ?, ?::numeric from indicator where year = ? and code = ?")
                .params(submission, measure, value, YEAR, code).update();
    }

    private Optional<Map<String, Object>> figure(int quarter, String span, String territory, String code, String measure) {
        return jdbc.sql("""
                        select c.value, c.reporting, c.expected, c.plan_value, c.previous_value, c.plan_reporting,
                               c.matched_value, c.matched_plan, c.matched_reporting, c.carried
                        from consolidated_value c join indicator i on i.id = c.indicator_id
                        where c.year = ? and c.quarter = ? and c.span = ? and c.territory_code = ?
                          and i.code = ? and c.measure_key = ?""")
                .params(YEAR, quarter, span, territory, code, measure)
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
}
