package uz.natlib.libstats.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * Brings the planner's statistics of the tables the history is read from up to date. Called
     * after a run has loaded its files: with statistics from before the load (autovacuum analyses
     * when it gets round to it), the history of 10 000 returns took 13 s in one run and 61 s in
     * the next, with the same files.
     */
    public void refreshStatistics() {
        jdbc.sql("analyze submission, data_value").update();
    }

    /** A district and the quarter whose earlier quarters are wanted. */
    public record Asked(String districtCode, int year, int quarter) {
    }

    /** The histories of several districts' quarters, fetched in one query. */
    public Map<Asked, History> before(Collection<Asked> asked) {
        Map<Asked, History> histories = new HashMap<>();
        if (asked.isEmpty()) {
            return histories;
        }
        Set<String> districts = new HashSet<>();
        Set<String> periods = new HashSet<>();
        asked.forEach(a -> {
            districts.add(a.districtCode());
            periods.addAll(periodsBefore(a.year(), a.quarter()));
        });
        Map<String, Map<String, Map<ValueKey, BigDecimal>>> byDistrict = new HashMap<>();
        jdbc.sql("""
                        select s.district_code, s.period_code, i.code, v.measure_key, v.value
                        from submission s
                        join data_value v on v.submission_id = s.id
                        join indicator i on i.id = v.indicator_id
                        where s.district_code in (:districts) and s.kind = 'return' and s.status = 'accepted'
                          and s.period_code in (:periods)""")
                .param("districts", districts).param("periods", periods)
                .query(rs -> {
                    byDistrict.computeIfAbsent(rs.getString(1), d -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), p -> new HashMap<>())
                            .put(new ValueKey(rs.getString(3), rs.getString(4)), rs.getBigDecimal(5));
                });
        Map<String, String> successors = asked.stream().anyMatch(a -> a.quarter() < 4) ? successors() : Map.of();
        for (Asked a : asked) {
            Map<String, Map<ValueKey, BigDecimal>> ofDistrict = byDistrict.getOrDefault(a.districtCode(), Map.of());
            Map<String, Map<ValueKey, BigDecimal>> byPeriod = new HashMap<>();
            for (String period : periodsBefore(a.year(), a.quarter())) {
                if (ofDistrict.containsKey(period)) {
                    boolean yearBefore = Period.parse(period).year() < a.year();
                    byPeriod.put(period, yearBefore ? asNextYear(ofDistrict.get(period), a.year() - 1, successors)
                            : ofDistrict.get(period));
                }
            }
            histories.put(a, new History(byPeriod));
        }
        return histories;
    }

    /**
     * The year before's figures under this year's codes, where a row continues exactly one row
     * (same code or renumbered, see the view indicator_link). A merged, split, dropped or new row
     * has no history across the change of table: compared with a different whole, it would raise
     * false warnings.
     */
    private static Map<ValueKey, BigDecimal> asNextYear(Map<ValueKey, BigDecimal> figures, int year,
                                                        Map<String, String> successors) {
        Map<ValueKey, BigDecimal> renamed = new HashMap<>();
        figures.forEach((key, value) -> {
            String next = successors.get(year + "|" + key.indicatorCode());
            if (next != null) {
                renamed.put(new ValueKey(next, key.measure()), value);
            }
        });
        return renamed;
    }

    /** "year|code" of a row to the code of the one row that continues it in the next year's table. */
    private Map<String, String> successors() {
        Map<String, String> successors = new HashMap<>();
        jdbc.sql("""
                        select l.year - 1, l.previous_code, l.code from indicator_link l
                        where (select count(*) from indicator_link x where x.previous_id = l.previous_id) = 1
                          and (select count(*) from indicator_link x where x.indicator_id = l.indicator_id) = 1""")
                .query(rs -> {
                    successors.put(rs.getInt(1) + "|" + rs.getString(2), rs.getString(3));
                });
        return successors;
    }
}
