package uz.natlib.libstats.service.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.Users;

/**
 * The reports page and catalogue API over twenty years of national history: every report of every
 * period for every territory in both scripts and four formats, three consolidation runs a year (so
 * most files have an older edition) and every district's return in each run's sources. Logs the
 * median time of each request; the bound asserted is loose because the test machine is shared.
 */
@ServiceTest
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "page.timings", matches = "true")
class ReportsPageTimingTest {

    private static final Logger log = LoggerFactory.getLogger(ReportsPageTimingTest.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    LibstatsProperties properties;

    @BeforeEach
    void twentyYears() throws Exception {
        ReportFixtures.users(users);
        TestWarehouse.empty(jdbc, properties);
        jdbc.sql("""
                insert into consolidation_run (year, started_at, finished_at)
                select y, make_timestamptz(y + 1, 1, 1, 1, 0, 0) + n * interval '1 day',
                       make_timestamptz(y + 1, 1, 1, 1, 5, 0) + n * interval '1 day'
                from generate_series(2002, 2021) y, generate_series(1, 3) n""").update();
        jdbc.sql("""
                insert into submission (kind, original_name, sha256, district_code, period_code, status)
                select 'return', 'r.xlsx', md5(d.code || y::text || q::text) || md5(q::text || y::text || d.code), d.code, y || 'Q' || q, 'accepted'
                from territory d, generate_series(2002, 2021) y, generate_series(1, 4) q
                where d.level = 'district'""").update();
        jdbc.sql("""
                insert into consolidation_run_submission (run_id, submission_id)
                select r.id, s.id from consolidation_run r
                join period p on p.year = r.year and p.type = 'quarter'
                join submission s on s.period_code = p.code""").update();
        // Per run: quarter reports for the nation (two types) and each region, year reports for the
        // nation and each district; only the last run's files are current.
        jdbc.sql("""
                insert into report (report_type, period_code, territory_code, script, format, path, size_bytes, sha256,
                                    generated_at, consolidation_run, current)
                select k.type, k.period, k.territory, sc, f, 'reports/none', 1000, repeat('0', 64),
                       r.finished_at + interval '1 hour', r.id,
                       r.id = (select max(id) from consolidation_run l where l.year = r.year)
                from consolidation_run r
                join lateral (
                    select 'region-quarter' as type, r.year || 'Q' || q as period, t.code as territory
                    from territory t, generate_series(1, 4) q where t.level = 'region'
                    union all
                    select x.type, r.year || 'Q' || q, '17' from generate_series(1, 4) q,
                        (values ('nation-quarter'), ('completeness')) x(type)
                    union all
                    select 'nation-year', r.year::text, '17'
                    union all
                    select 'district-profile', r.year::text, t.code from territory t where t.level = 'district'
                ) k on true,
                unnest(array['cyrl', 'latn']) sc, unnest(array['pdf', 'xlsx', 'csv', 'sdmx']) f
                order by r.id""").update();
        jdbc.sql("analyze").update();
    }

    /** Other tests share the database: leave them an empty warehouse, not twenty years of it. */
    @AfterEach
    void empty() throws Exception {
        TestWarehouse.empty(jdbc, properties);
    }

    @Test
    void everyPageAnswersQuickly() throws Exception {
        long reports = jdbc.sql("select count(*) from report").query(Long.class).single();
        log.info("{} report rows, {} run sources", reports,
                jdbc.sql("select count(*) from consolidation_run_submission").query(Long.class).single());
        RequestPostProcessor analyst = user("rep-analyst").roles("ANALYST");
        RequestPostProcessor bukhara = user("rep-bukhara").roles("REGIONAL");
        String[] pages = {"/reports", "/reports?year=2012", "/reports?territory=1706", "/reports?period=2015Q2&format=pdf",
            "/reports?type=district-profile&script=cyrl", "/reports?page=300", "/api/reports", "/api/reports?year=2012&format=pdf"};
        // The first requests compile the templates and warm the JIT; they are not what a user waits for.
        for (int i = 0; i < 3; i++) {
            for (String page : pages) {
                mvc.perform(get(page).with(analyst)).andExpect(status().isOk());
            }
        }
        for (String page : pages) {
            for (RequestPostProcessor who : new RequestPostProcessor[] {analyst, bukhara}) {
                long[] times = new long[5];
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    mvc.perform(get(page).with(who)).andExpect(status().isOk());
                    times[i] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(times);
                log.info("{} as {}: median {} ms (of {})", page, who == analyst ? "analyst" : "bukhara", times[2],
                        Arrays.toString(times));
                assertThat(times[2]).as(page).isLessThan(1000);
            }
        }
    }
}
