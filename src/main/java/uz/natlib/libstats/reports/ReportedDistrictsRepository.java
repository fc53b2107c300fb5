package uz.natlib.libstats.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.vocabulary.Period;

/**
 * Which districts have data to report on: an accepted return for the quarter; for the year, an
 * accepted return for any of its quarters or an accepted plan (as the pipeline's report scope).
 */
@Repository
class ReportedDistrictsRepository {

    private final JdbcClient jdbc;

    ReportedDistrictsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param quarter 1-4, or null for the year */
    Set<String> withAcceptedData(int year, Integer quarter) {
        List<String> periods = new ArrayList<>();
        if (quarter != null) {
            periods.add(Period.ofQuarter(year, quarter).code());
        } else {
            periods.add(Period.ofYear(year).code());
            for (int q = 1; q <= 4; q++) {
                periods.add(Period.ofQuarter(year, q).code());
            }
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct district_code from submission
                        where status = 'accepted' and district_code is not null and period_code in (:periods)
                          and (kind = 'return' or period_code = :year)""")
                .param("periods", periods).param("year", Period.ofYear(year).code()).query(String.class).list());
    }
}
