package uz.natlib.libstats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.templates.TemplateRequest;
import uz.natlib.libstats.templates.TemplateWriter;
import uz.natlib.libstats.templates.WorkbookFormat;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.tools.samples.SampleFigures;
import uz.natlib.libstats.tools.samples.SampleGenerator;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The consolidated figures of Bukhara 2021 against totals this test computes itself from the
 * generated figures (never through the code under test): quarters, year to date with stocks
 * taken from the latest quarter, blanks, a superseded file and plan fulfilment.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidationOfSamplesTest {

    private static final String REGION = "1706";
    private static final String JONDOR = "1706246";
    private static final ValueKey CORRECTED = new ValueKey("2.1", "records");

    @Autowired
    IngestRuns ingest;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    private final Catalogue catalogue = CatalogueFiles.read(2021);
    private final Map<String, SampleFigures> figures = new LinkedHashMap<>();

    @BeforeAll
    void ingestBukharaWithACorrectedJondorReturnAndConsolidate() throws Exception {
        uz.natlib.libstats.TestWarehouse.empty(jdbc, properties);
        List<Territory> all = SoatoRegistry.load();
        Territory region = all.stream().filter(t -> t.code().equals(REGION)).findFirst().orElseThrow();
        SampleGenerator generator = new SampleGenerator(catalogue, 7);
        Path inbox = properties.home().resolve("inbox");
        Files.createDirectories(inbox);
        TemplateWriter writer = new TemplateWriter();
        for (Territory district : all.stream().filter(t -> REGION.equals(t.parentCode())).toList()) {
            SampleFigures year = generator.generate(district, 2021);
            figures.put(district.code(), year);
            writer.write(TemplateRequest.blank(catalogue, district, region, 2021, null, Script.CYRL, WorkbookFormat.XLSX,
                    year.plan()), inbox.resolve("a_" + district.code() + "_plan.xlsx"));
            for (int q = 1; q <= 4; q++) {
                Map<ValueKey, BigDecimal> values = year.quarter(q);
                if (district.code().equals(JONDOR) && q == 2) {
                    // The first Jondor Q2 file is wrong by 5 records; a corrected one follows and must win.
                    Map<ValueKey, BigDecimal> wrong = new HashMap<>(values);
                    wrong.merge(CORRECTED, BigDecimal.valueOf(5), BigDecimal::add);
                    writer.write(TemplateRequest.blank(catalogue, district, region, 2021, q, Script.CYRL,
                            WorkbookFormat.XLSX, Map.of()).filled(wrong, year.statuses(q)),
                            inbox.resolve("a_" + district.code() + "_Q2_first.xlsx"));
                }
                writer.write(TemplateRequest.blank(catalogue, district, region, 2021, q, Script.CYRL, WorkbookFormat.XLSX,
                        Map.of()).filled(values, year.statuses(q)), inbox.resolve("b_" + district.code() + "_Q" + q + ".xlsx"));
            }
        }
        try (var files = Files.list(inbox)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        ingest.runOnce();
        consolidation.consolidate(2021);
    }

    /** Sum over districts, or empty when none reported: the test's own arithmetic. */
    private Optional<BigDecimal> expected(ValueKey key, int quarter, boolean yearToDate, boolean stock) {
        BigDecimal sum = null;
        for (SampleFigures district : figures.values()) {
            BigDecimal value = null;
            if (!yearToDate) {
                value = district.quarter(quarter).get(key);
            } else if (stock) {
                for (int q = quarter; q >= 1 && value == null; q--) {
                    value = district.quarter(q).get(key);
                }
            } else {
                for (int q = 1; q <= quarter; q++) {
                    BigDecimal v = district.quarter(q).get(key);
                    value = v == null ? value : value == null ? v : value.add(v);
                }
            }
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return Optional.ofNullable(sum);
    }

    private Map<String, BigDecimal> consolidated(String territory, int quarter, String span) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("""
                        select i.code || '/' || c.measure_key, c.value from consolidated_value c
                        join indicator i on i.id = c.indicator_id
                        where c.year = 2021 and c.quarter = ? and c.span = ? and c.territory_code = ?""")
                .params(quarter, span, territory)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return values;
    }

    @Test
    void givenBukharaSamples_whenConsolidated_thenEveryRegionalFigureEqualsTheIndependentSum() {
        int compared = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            for (boolean ytd : new boolean[] {false, true}) {
                Map<String, BigDecimal> actual = consolidated(REGION, quarter, ytd ? "ytd" : "quarter");
                for (Indicator indicator : catalogue.indicators()) {
                    for (String measure : indicator.measures()) {
                        ValueKey key = new ValueKey(indicator.code(), measure);
                        Optional<BigDecimal> expected = expected(key, quarter, ytd,
                                indicator.aggregation() == Indicator.Aggregation.STOCK);
                        BigDecimal got = actual.get(key.indicatorCode() + "/" + measure);
                        if (expected.isEmpty()) {
                            assertThat(got).as("%s Q%d %s: blank everywhere, so no total", key, quarter, ytd).isNull();
                        } else {
                            assertThat(got).as("%s Q%d ytd=%s", key, quarter, ytd).isEqualByComparingTo(expected.get());
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void givenAStock_whenTheYearIsConsolidated_thenTheYearIsTheLastQuarterNotTheSum() {
        ValueKey collection = new ValueKey("1.1", "copies");
        BigDecimal year = consolidated(REGION, 4, "ytd").get("1.1/copies");
        assertThat(year).isEqualByComparingTo(expected(collection, 4, true, true).orElseThrow());
        BigDecimal sumOfQuarters = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            sumOfQuarters = sumOfQuarters.add(consolidated(REGION, q, "quarter").get("1.1/copies"));
        }
        assertThat(year).isLessThan(sumOfQuarters);
    }

    @Test
    void givenACorrectedReturn_whenConsolidated_thenTheCorrectionCountsNotTheSupersededFile() {
        BigDecimal jondorQ2 = consolidated(JONDOR, 2, "quarter").get("2.1/records");
        assertThat(jondorQ2).isEqualByComparingTo(figures.get(JONDOR).quarter(2).get(CORRECTED));
        assertThat(jdbc.sql("select status from submission where original_name like '%_Q2_first.xlsx'")
                .query(String.class).single()).isEqualTo("superseded");
    }

    @Test
    void givenPlans_whenConsolidated_thenPlanAndFulfilmentMatchTheIndependentSums() {
        ValueKey posts = new ValueKey("10.7", "posts");
        // The test's own arithmetic over the generated figures: the plan of every planning district,
        // and like for like the figure and plan of the districts that have both.
        BigDecimal plan = null;
        BigDecimal matchedValue = BigDecimal.ZERO;
        BigDecimal matchedPlan = BigDecimal.ZERO;
        int matched = 0;
        for (Map.Entry<String, SampleFigures> district : figures.entrySet()) {
            BigDecimal own = district.getValue().plan().get(posts);
            BigDecimal done = null;
            for (int q = 1; q <= 4; q++) {
                BigDecimal v = district.getValue().quarter(q).get(posts);
                done = v == null ? done : done == null ? v : done.add(v);
            }
            if (own != null) {
                plan = plan == null ? own : plan.add(own);
            }
            if (own != null && done != null) {
                matchedValue = matchedValue.add(done);
                matchedPlan = matchedPlan.add(own);
                matched++;
                ConsolidatedFigure figure = posts(district.getKey());
                assertThat(figure.fulfilmentPct()).as(district.getKey())
                        .isEqualByComparingTo(percent(done, own));
            }
        }
        assertThat(plan).isNotNull();
        assertThat(matched).isPositive();
        ConsolidatedFigure region = posts(REGION);
        assertThat(region.plan()).isEqualByComparingTo(plan);
        assertThat(region.value()).isEqualByComparingTo(expected(posts, 4, true, false).orElseThrow());
        assertThat(region.matchedValue()).isEqualByComparingTo(matchedValue);
        assertThat(region.matchedPlan()).isEqualByComparingTo(matchedPlan);
        assertThat(region.matchedReporting()).isEqualTo(matched);
        assertThat(region.fulfilmentPct()).isEqualByComparingTo(percent(matchedValue, matchedPlan));
    }

    /** value / plan in percent, to a tenth, half up: 100 * value / plan, worked out in long division here. */
    private static BigDecimal percent(BigDecimal value, BigDecimal plan) {
        // a thousandth of a percent, truncated, decides the tenth
        BigDecimal thousandths = value.multiply(BigDecimal.valueOf(100_000)).divideToIntegralValue(plan);
        long t = thousandths.longValueExact();
        long tenths = t / 100 + (t % 100 >= 50 ? 1 : 0);
        return BigDecimal.valueOf(tenths, 1);
    }

    @Autowired
    ConsolidatedFiguresRepository consolidatedFigures;

    private ConsolidatedFigure posts(String territory) {
        return consolidatedFigures.figures(2021, List.of(4), List.of("ytd"), territory, false).stream()
                .filter(f -> f.indicatorCode().equals("10.7") && f.measureKey().equals("posts"))
                .findFirst().orElseThrow();
    }

    @Test
    void givenBlanks_whenConsolidated_thenReportingCountsTellHowManyDistrictsReported() {
        for (Indicator indicator : catalogue.indicators()) {
            for (String measure : indicator.measures()) {
                ValueKey key = new ValueKey(indicator.code(), measure);
                long reporting = figures.values().stream().filter(f -> f.quarter(1).get(key) != null).count();
                List<Integer> stored = jdbc.sql("""
                                select c.reporting from consolidated_value c join indicator i on i.id = c.indicator_id
                                where c.year = 2021 and c.quarter = 1 and c.span = 'quarter' and c.territory_code = ?
                                  and i.code = ? and c.measure_key = ?""")
                        .params(REGION, indicator.code(), measure).query(Integer.class).list();
                if (reporting == 0) {
                    assertThat(stored).as(key.toString()).isEmpty();
                } else {
                    assertThat(stored).as(key.toString()).containsExactly((int) reporting);
                }
            }
        }
    }
}
