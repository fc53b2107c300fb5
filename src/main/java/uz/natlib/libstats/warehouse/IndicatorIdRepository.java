package uz.natlib.libstats.warehouse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator codes to database ids, per catalogue year; a catalogue never changes once loaded. */
@Repository
public class IndicatorIdRepository {

    private final JdbcClient jdbc;
    private final Map<Integer, Map<String, Integer>> byYear = new ConcurrentHashMap<>();

    IndicatorIdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Integer> forYear(int year) {
        return byYear.computeIfAbsent(year, y -> {
            Map<String, Integer> ids = new java.util.HashMap<>();
            jdbc.sql("select code, id from indicator where year = ?").param(y)
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getInt(2));
                    });
            return Map.copyOf(ids);
        });
    }
}
