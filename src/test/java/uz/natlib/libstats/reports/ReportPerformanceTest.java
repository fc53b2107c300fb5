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
        assertThat(files).allSatisfy(f -> {
            assertThat(f.path()).isRegularFile();
            assertThat(java.nio.file.Files.size(f.path())).isEqualTo(f.size()).isPositive();
        });
        // every region's quarter in every format, and the nation's
        assertThat(files.stream().filter(f -> f.type() == ReportType.REGION_QUARTER).map(f -> f.territoryCode()).distinct())
                .hasSize(14).allMatch(code -> code.length() == 4 && code.startsWith("17"));
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(files).filteredOn(f -> f.format() == format && f.type() == ReportType.NATION_QUARTER)
                    .singleElement().satisfies(f -> assertThat(f.territoryCode()).isEqualTo("17"));
        }
        // the figures: the nation's visits to the end of Q3 and its fulfilment of 10.7, from the loaded rows
        // (every district has both a figure and a plan), summed here, against the long CSV
        java.math.BigDecimal visits = jdbc.sql("""
                select sum(v.value) from data_value v join indicator i on i.id = v.indicator_id
                where i.year = 2021 and i.code = '5.1' and v.measure_key = 'visits'""").query(java.math.BigDecimal.class).single();
        java.math.BigDecimal posts = jdbc.sql("""
                select sum(v.value) from data_value v join indicator i on i.id = v.indicator_id
                where i.year = 2021 and i.code = '10.7' and v.measure_key = 'posts'""").query(java.math.BigDecimal.class).single();
        java.math.BigDecimal plan = jdbc.sql("""
                select sum(v.value) from plan_value v join indicator i on i.id = v.indicator_id
                where i.year = 2021 and i.code = '10.7' and v.measure_key = 'posts'""").query(java.math.BigDecimal.class).single();
        ReportFile csv = files.stream().filter(f -> f.format() == ReportFormat.CSV && f.type() == ReportType.NATION_QUARTER)
                .findFirst().orElseThrow();
        List<org.apache.commons.csv.CSVRecord> records;
        try (var in = java.nio.file.Files.newBufferedReader(csv.path())) {
            records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
        }
        org.apache.commons.csv.CSVRecord visitsLine = records.stream().filter(r -> r.get("territory_code").equals("17")
                && r.get("span").equals("year-to-date") && r.get("indicator_code").equals("5.1")
                && r.get("measure").equals("visits")).findFirst().orElseThrow();
        assertThat(new java.math.BigDecimal(visitsLine.get("value"))).isEqualByComparingTo(visits);
        assertThat(visitsLine.get("reporting")).isEqualTo("205");
        org.apache.commons.csv.CSVRecord postsLine = records.stream().filter(r -> r.get("territory_code").equals("17")
                && r.get("span").equals("year-to-date") && r.get("indicator_code").equals("10.7")).findFirst().orElseThrow();
        assertThat(new java.math.BigDecimal(postsLine.get("plan"))).isEqualByComparingTo(plan);
        // percent to a tenth, half up, by hand: thousandths of a percent decide the tenth
        long thousandths = posts.multiply(java.math.BigDecimal.valueOf(100_000)).divideToIntegralValue(plan).longValueExact();
        java.math.BigDecimal pct = java.math.BigDecimal.valueOf(thousandths / 100 + (thousandths % 100 >= 50 ? 1 : 0), 1);
        assertThat(new java.math.BigDecimal(postsLine.get("fulfilment_pct"))).isEqualByComparingTo(pct);
    }
}
