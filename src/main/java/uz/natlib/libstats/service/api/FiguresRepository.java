package uz.natlib.libstats.service.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code consolidated_value} for the API: the figures of the current consolidation (each
 * run replaces a year's rows whole, so the table holds only the current ones).
 */
@Repository
class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands each figure over as it is read: a year of the nation is some hundred thousand rows, read
     * through a cursor (a fetch size inside a transaction) instead of all at once. In the order of
     * the table's key, so no sort is needed.
     */
    @Transactional(readOnly = true)
    public void each(FigureQuery query, Consumer<Figure> consumer) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.year() != null) {
            conditions.add("v.year = :year");
            params.put("year", query.year());
        }
        if (query.period() != null) {
            conditions.add("v.year = :periodYear");
            params.put("periodYear", query.period().year());
            if (query.period().isQuarter()) {
                conditions.add("v.quarter = :quarter");
                params.put("quarter", query.period().quarter());
            } else {
                conditions.add("v.quarter = 4 and v.span = 'ytd'");
            }
        }
        if (query.territory() != null) {
            conditions.add("v.territory_code = :territory");
            params.put("territory", query.territory());
        }
        if (query.indicator() != null) {
            conditions.add("(i.code = :indicator or i.seed_number = :indicator)");
            params.put("indicator", query.indicator());
        }
        if (query.region() != null) {
            conditions.add("(t.level = 'nation' or t.code = :region or t.parent_code = :region)");
            params.put("region", query.region());
        }
        jdbc.sql("""
                        select v.year, v.quarter, v.span, v.territory_code, i.code, i.seed_number, v.measure_key, v.value,
                               v.reporting, v.expected, v.run_id
                        from consolidated_value v
                        join indicator i on i.id = v.indicator_id
                        join territory t on t.code = v.territory_code
                        """ + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions)) + """

                        order by v.year, v.quarter, v.span, v.territory_code, v.indicator_id, v.measure_key""")
                .params(params)
                .withFetchSize(2000)
                .query((RowCallbackHandler) rs -> {
                    consumer.accept(new Figure(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getInt(9),
                            rs.getInt(10), rs.getLong(11)));
                });
    }

    /** Whether an indicator of this code or printed number exists in any year's catalogue. */
    boolean indicatorExists(String codeOrNumber) {
        return jdbc.sql("select exists (select 1 from indicator where code = :c or seed_number = :c)")
                .param("c", codeOrNumber).query(Boolean.class).single();
    }
}
