package uz.natlib.libstats.warehouse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.normalisation.ValueKey;

/** The plan figures of the warehouse: the values of each district's current accepted plan for a year. */
@Repository
public class PlanRepository {

    private static final String CURRENT_PLAN_VALUES = """
            select s.district_code, i.code, pv.measure_key, pv.value
            from plan_value pv
            join submission s on s.id = pv.submission_id
            join indicator i on i.id = pv.indicator_id
            where s.kind = 'plan' and s.status = 'accepted' and s.period_code = :period""";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan figures of one district; empty if it has no accepted plan for the year. */
    public Map<ValueKey, BigDecimal> of(String districtCode, int year) {
        return ofAllDistricts(year, districtCode).getOrDefault(districtCode, Map.of());
    }

    /** Every district's plan figures for the year, by district code, in one query. */
    public Map<String, Map<ValueKey, BigDecimal>> ofAllDistricts(int year) {
        return ofAllDistricts(year, null);
    }

    private Map<String, Map<ValueKey, BigDecimal>> ofAllDistricts(int year, String districtCode) {
        Map<String, Map<ValueKey, BigDecimal>> byDistrict = new HashMap<>();
        String sql = districtCode == null ? CURRENT_PLAN_VALUES : CURRENT_PLAN_VALUES + " and s.district_code = :district";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("period", Integer.toString(year));
        if (districtCode != null) {
            statement = statement.param("district", districtCode);
        }
        statement.query(rs -> {
            byDistrict.computeIfAbsent(rs.getString(1), d -> new HashMap<>())
                    .put(new ValueKey(rs.getString(2), rs.getString(3)), rs.getBigDecimal(4));
        });
        return byDistrict;
    }
}
