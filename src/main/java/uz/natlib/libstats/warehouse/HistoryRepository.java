package uz.natlib.libstats.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.validation.History;
import uz.natlib.libstats.vocabulary.Period;

/** A district's accepted figures of the four quarters before a given one. */
@Repository
public class HistoryRepository {

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes of the four quarters strictly before this one, latest first. */
    public static List<String> periodsBefore(int year, int quarter) {
        List<String> periods = new ArrayList<>();
        Period period = Period.ofQuarter(year, quarter);
        for (int i = 0; i < 4; i++) {
            period = period.previous();
            periods.add(period.code());
        }
        return periods;
    }

    public History before(String districtCode, int year, int quarter) {
        List<String> periods = periodsBefore(year, quarter);
        Map<String, Map<ValueKey, BigDecimal>> byPeriod = new HashMap<>();
        jdbc.sql("""
                        select s.period_code, i.code, v.measure_key, v.value
                        from submission s
                        join data_value v on v.submission_id = s.id
                        join indicator i on i.id = v.indicator_id
                        where s.district_code = :district and s.kind = 'return' and s.status = 'accepted'
                          and s.period_code in (:periods)""")
                .param("district", districtCode).param("periods", periods)
                .query(rs -> {
                    byPeriod.computeIfAbsent(rs.getString(1), p -> new HashMap<>())
                            .put(new ValueKey(rs.getString(2), rs.getString(3)), rs.getBigDecimal(4));
                });
        return new History(byPeriod);
    }
}
