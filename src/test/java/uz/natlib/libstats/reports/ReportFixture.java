package uz.natlib.libstats.reports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small data set written straight into the warehouse: two districts of Bukhara (1706) with
 * accepted returns for 2021 Q1 and Q2 and an annual plan. The expected totals are worked out
 * here by hand, not by the consolidation under test.
 */
final class ReportFixture {

    static final String REGION = "1706";
    static final String JONDOR = "1706246";
    static final String OTHER = "1706204";

    /** Reported figures: district → quarter → "indicator/measure" → value. */
    static final Map<String, Map<Integer, Map<String, BigDecimal>>> RETURNS = Map.of(
            JONDOR, Map.of(
                    1, figures("5.1/visits", 1200, "5.4/events", 14, "1.2/titles", 30, "1.2/copies", 95, "10.7/posts", 280,
                            "1.1/copies", 5000),
                    2, figures("5.1/visits", 1450, "5.4/events", 17, "1.2/titles", 12, "1.2/copies", 40, "10.7/posts", 310,
                            "1.1/copies", 5040)),
            OTHER, Map.of(
                    // the collection (1.1, a stock) reported in Q1 only: carried into Q2's year to date
                    1, figures("5.1/visits", 3020, "5.4/events", 9, "1.2/copies", 210, "10.7/posts", 150,
                            "1.1/copies", 3000),
                    2, figures("5.1/visits", 2875, "5.4/events", 11, "1.2/copies", 185, "10.5/titles", 60)));

    static final Map<String, Map<String, BigDecimal>> PLANS = Map.of(
            JONDOR, figures("10.7/posts", 1200, "10.5/titles", 215),
            OTHER, figures("10.7/posts", 800, "10.5/titles", 150));

    private ReportFixture() {
    }

    static Map<String, BigDecimal> figures(Object... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], BigDecimal.valueOf(((Number) pairs[i + 1]).longValue()));
        }
        return map;
    }

    static BigDecimal reported(String district, int quarter, String key) {
        return RETURNS.get(district).getOrDefault(quarter, Map.of()).get(key);
    }

    /** Empties what reports read, then loads the data set. */
    static void load(JdbcClient jdbc) {
        clear(jdbc);
        int file = 0;
        for (var district : RETURNS.entrySet()) {
            for (var quarter : district.getValue().entrySet()) {
                long id = submission(jdbc, "return", district.getKey(), "2021Q" + quarter.getKey(), ++file,
                        OffsetDateTime.of(2021, 3 * quarter.getKey() + 1, 5 + file, 9, 30, 0, 0, ZoneOffset.ofHours(5)));
                values(jdbc, "data_value", id, quarter.getValue());
            }
        }
        for (var district : PLANS.entrySet()) {
            long id = submission(jdbc, "plan", district.getKey(), "2021", ++file,
                    OffsetDateTime.of(2021, 1, 20, 10, 0, 0, 0, ZoneOffset.ofHours(5)));
            values(jdbc, "plan_value", id, district.getValue());
        }
    }

    static void clear(JdbcClient jdbc) {
        for (String sql : new String[] {"delete from report", "delete from consolidated_value", "delete from completeness",
                "delete from consolidation_run_submission", "delete from consolidation_run", "delete from data_value",
                "delete from data_status", "delete from plan_value", "delete from validation_finding",
                "update submission set duplicate_of = null, superseded_by = null", "delete from submission"}) {
            jdbc.sql(sql).update();
        }
    }

    private static long submission(JdbcClient jdbc, String kind, String district, String period, int n,
                                   OffsetDateTime receivedAt) {
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, district_code, period_code, version, status,
                                                warning_count, received_at, processed_at)
                        values (?, ?, ?, ?, ?, 1, 'accepted', ?, ?, ?) returning id""")
                .params(kind, district + "_" + period + ".xlsx", String.format("%064d", n), district, period, n % 3,
                        receivedAt, receivedAt)
                .query(Long.class).single();
    }

    private static void values(JdbcClient jdbc, String table, long submission, Map<String, BigDecimal> figures) {
        figures.forEach((key, value) -> {
            String[] parts = key.split("/");
            jdbc.sql("insert into " + table + " (submission_id, indicator_id, measure_key, value) "
                            + "select ?, id, ?, ? from indicator where year = 2021 and code = ?")
                    .params(submission, parts[1], value, parts[0]).update();
        });
    }
}
