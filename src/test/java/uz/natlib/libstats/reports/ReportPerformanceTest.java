package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.vocabulary.Script;

/**
 * A national quarter: every district (about 200) reports every figure for Q1-Q3 of 2021 and a
 * plan; consolidation plus every report of Q3 is timed. Run it with
 * {@code ./mvnw test -Dtest=ReportPerformanceTest -Dreports.benchmark=true}.
 */
@SpringBootTest(properties = {"logging.level.uz.natlib.libstats.reports=debug", "libstats.reports.warm-up=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "reports.benchmark", matches = "true")
class ReportPerformanceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ReportService reports;

    @BeforeAll
    void nationalQuarter() {
        ReportFixture.clear(jdbc);
        jdbc.sql("""
                insert into submission (kind, original_name, sha256, district_code, period_code, version, status,
                                        received_at, processed_at)
                select k.kind, d.code || '_' || p.code, md5(d.code || p.code) || md5(p.code || d.code), d.code, p.code, 1,
                       'accepted', p.end_date + interval '5 days', p.end_date + interval '5 days'
                from territory d
                cross join (values ('2021Q1'), ('2021Q2'), ('2021Q3'), ('2021')) as pc(code)
                join period p on p.code = pc.code
                cross join lateral (select case when p.type = 'year' then 'plan' else 'return' end as kind) k
                where d.level = 'district'""").update();
        jdbc.sql("""
                insert into data_value (submission_id, indicator_id, measure_key, value)
                select s.id, m.indicator_id, m.measure_key, (abs(hashtext(s.id || '/' || m.indicator_id)) % 500)::numeric
                from submission s join indicator i on i.year = 2021 join indicator_measure m on m.indicator_id = i.id
                where s.kind = 'return'""").update();
        jdbc.sql("""
                insert into plan_value (submission_id, indicator_id, measure_key, value)
                select s.id, m.indicator_id, m.measure_key, 1000 + (abs(hashtext(s.id || '/' || m.indicator_id)) % 800)
                from submission s join indicator i on i.year = 2021 and i.plan_bearing
                join indicator_measure m on m.indicator_id = i.id
                where s.kind = 'plan'""").update();
        // As autovacuum would after a load: without statistics the consolidation plans nested loops
        // over a national quarter and runs for many minutes.
        jdbc.sql("analyze").update();
    }

    @AfterAll
    void clear() {
        ReportFixture.clear(jdbc);
    }

    @Test
    void givenANationalQuarter_whenConsolidatedAndReported_thenTimed() throws Exception {
        if (Boolean.getBoolean("reports.warm")) {
            // once to warm the JVM, as a long-running service would be; then measured
            reports.renderPeriod(2021, 3, List.of("1706"), EnumSet.of(Script.CYRL), EnumSet.allOf(ReportFormat.class));
        }
        long start = System.nanoTime();
        consolidation.consolidate(2021);
        long consolidated = System.nanoTime();
        List<ReportFile> files = reports.renderPeriod(2021, 3, List.of(), EnumSet.of(Script.CYRL),
                EnumSet.allOf(ReportFormat.class));
        long done = System.nanoTime();
        System.out.printf("BENCHMARK consolidation %d ms, %d files in %d ms, total %d ms%n",
                (consolidated - start) / 1_000_000, files.size(), (done - consolidated) / 1_000_000,
                (done - start) / 1_000_000);
        assertThat(files).hasSize(14 * 4 + 4 + 3);
    }
}
