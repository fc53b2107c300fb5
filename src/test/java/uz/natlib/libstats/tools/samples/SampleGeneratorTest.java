package uz.natlib.libstats.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;

class SampleGeneratorTest {

    private static Catalogue catalogue;
    private static List<Territory> districts;
    private static Territory jondor;
    private static List<SampleFigures> country;

    @BeforeAll
    static void generateTheCountry() {
        catalogue = CatalogueFiles.read(2021);
        districts = SoatoRegistry.load().stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList();
        jondor = districts.stream().filter(t -> t.code().equals("1706246")).findFirst().orElseThrow();
        SampleGenerator generator = new SampleGenerator(catalogue, 42);
        country = districts.stream().map(d -> generator.generate(d, 2021)).toList();
    }

    /** Every figure set of the country: the plan and the four quarters of every district. */
    private static void eachFigureSet(BiConsumer<String, Map<ValueKey, BigDecimal>> check) {
        for (SampleFigures figures : country) {
            check.accept(figures.districtCode() + " plan", figures.plan());
            for (int q = 1; q <= 4; q++) {
                check.accept(figures.districtCode() + " Q" + q, figures.quarter(q));
            }
        }
    }

    private static List<Indicator> partsOf(Indicator total) {
        return catalogue.indicators().stream().filter(i -> total.code().equals(i.parentCode())).toList();
    }

    @Test
    void givenTheSameSeed_whenGeneratedTwice_thenTheSameFigures() {
        SampleFigures first = new SampleGenerator(catalogue, 42).generate(jondor, 2021);
        SampleFigures again = new SampleGenerator(catalogue, 42).generate(jondor, 2021);
        assertThat(again).isEqualTo(first);
        assertThat(country.get(districts.indexOf(jondor))).isEqualTo(first);
    }

    @Test
    void givenAnotherSeedOrYear_whenGenerated_thenOtherFigures() {
        SampleFigures first = new SampleGenerator(catalogue, 42).generate(jondor, 2021);
        assertThat(new SampleGenerator(catalogue, 43).generate(jondor, 2021).quarter(1)).isNotEqualTo(first.quarter(1));
        assertThat(new SampleGenerator(catalogue, 42).generate(jondor, 2023).quarter(1)).isNotEqualTo(first.quarter(1));
    }

    @Test
    void givenEveryDistrict_whenGenerated_thenWholeNonNegativeNumbersExceptMegabytes() {
        eachFigureSet((where, figures) -> figures.forEach((key, value) -> {
            assertThat(value.signum()).as(where + " " + key).isNotNegative();
            if (key.measure().equals("megabytes")) {
                assertThat(value.scale()).as(where + " " + key).isLessThanOrEqualTo(1);
            } else {
                assertThat(value.stripTrailingZeros().scale()).as(where + " " + key).isLessThanOrEqualTo(0);
            }
        }));
    }

    @Test
    void givenEveryDistrict_whenGenerated_thenCopiesAreNeverFewerThanTitles() {
        eachFigureSet((where, figures) -> figures.forEach((key, copies) -> {
            BigDecimal titles = figures.get(new ValueKey(key.indicatorCode(), "titles"));
            if (key.measure().equals("copies") && titles != null) {
                assertThat(copies).as(where + " " + key.indicatorCode()).isGreaterThanOrEqualTo(titles);
            }
        }));
    }

    @Test
    void givenEveryDistrict_whenGenerated_thenBreakdownsHold() {
        eachFigureSet((where, figures) -> {
            for (Indicator total : catalogue.indicators()) {
                if (total.breakdown() == null) {
                    continue;
                }
                for (String measure : total.measures()) {
                    BigDecimal whole = figures.get(new ValueKey(total.code(), measure));
                    List<BigDecimal> parts = new ArrayList<>();
                    partsOf(total).forEach(p -> {
                        BigDecimal part = figures.get(new ValueKey(p.code(), measure));
                        if (part != null) {
                            parts.add(part);
                        }
                    });
                    if (whole == null) {
                        assertThat(parts).as(where + " " + total.code() + " parts without a total").isEmpty();
                        continue;
                    }
                    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    String what = where + " " + total.code() + " " + measure;
                    if (total.breakdown() == Indicator.Breakdown.COMPLETE) {
                        assertThat(parts).as(what).hasSize(partsOf(total).size());
                        assertThat(sum).as(what).isEqualByComparingTo(whole);
                    } else {
                        assertThat(parts).as(what).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(whole));
                        assertThat(sum).as(what).isLessThanOrEqualTo(whole);
                    }
                }
            }
        });
    }

    @Test
    void givenEveryDistrict_whenGenerated_thenStocksNeverFallAndGrowSlowly() {
        for (SampleFigures figures : country) {
            for (int q = 2; q <= 4; q++) {
                Map<ValueKey, BigDecimal> before = figures.quarter(q - 1);
                Map<ValueKey, BigDecimal> now = figures.quarter(q);
                for (Indicator stock : catalogue.indicators()) {
                    if (stock.aggregation() != Indicator.Aggregation.STOCK) {
                        continue;
                    }
                    for (String m : stock.measures()) {
                        ValueKey key = new ValueKey(stock.code(), m);
                        String what = figures.districtCode() + " Q" + q + " " + key;
                        assertThat(now.get(key)).as(what).isGreaterThanOrEqualTo(before.get(key));
                        if (before.get(key).compareTo(BigDecimal.valueOf(100)) > 0) {
                            assertThat(now.get(key).doubleValue()).as(what).isLessThanOrEqualTo(before.get(key).doubleValue() * 1.031);
                        }
                    }
                }
            }
        }
    }

    @Test
    void givenJondor2021_whenGenerated_thenThePlanCarriesTheSeedsSectionXFiguresOnTheFirstMeasure() {
        Map<ValueKey, BigDecimal> plan = country.get(districts.indexOf(jondor)).plan();
        Map<String, Integer> seed = Map.of("10.2", 15, "10.3", 21, "10.4", 12, "10.5", 215, "10.6", 5, "10.7", 1200,
                "10.8", 20, "10.10", 7, "10.11", 4);
        seed.forEach((code, figure) -> {
            Indicator row = catalogue.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
            assertThat(plan.get(new ValueKey(code, row.measures().get(0)))).as(code).isEqualByComparingTo(figure.toString());
        });
        assertThat(plan.keySet().stream().filter(k -> k.indicatorCode().startsWith("10.")).map(ValueKey::indicatorCode))
                .containsExactlyInAnyOrderElementsOf(seed.keySet());
        // Outside section X the plan is generated on the plan-bearing rows (5.21-5.23, 8.1) and nowhere else.
        assertThat(plan).containsKey(new ValueKey("8.1", "events")).containsKey(new ValueKey("5.21", "titles"))
                .doesNotContainKey(new ValueKey("1.2", "titles"));
    }

    @Test
    void givenTheCountry_whenGenerated_thenEveryPlanHasFiguresOnPlanBearingRowsOnly() {
        // Written from the seed's "2021 йил режа(си)" tables, not from the catalogue's column.
        java.util.Set<String> planned = new java.util.HashSet<>(List.of("5.21", "5.22", "5.22.01", "5.23", "5.23.01",
                "5.23.02", "8.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.8", "10.9", "10.10", "10.11"));
        for (int part = 1; part <= 13; part++) {
            planned.add(String.format("10.4.%02d", part));
            if (part <= 6) {
                planned.add("8.1.0" + part);
            }
        }
        long planFigures = 0;
        for (SampleFigures figures : country) {
            assertThat(figures.plan().keySet()).as(figures.districtCode())
                    .allMatch(k -> planned.contains(k.indicatorCode()));
            planFigures += figures.plan().size();
        }
        // Not an empty plan everywhere: most districts plan most of those rows.
        assertThat(planFigures).isGreaterThan(country.size() * 20L);
        assertThat(country.get(0).quarter(1)).containsKey(new ValueKey("1.1", "titles"));
    }

    @Test
    void givenTheCountry_whenGenerated_thenSomeZerosSomeBlanksAndPlansNearFourQuartersOfFlows() {
        long zeros = country.stream().flatMap(f -> f.quarter(2).values().stream()).filter(v -> v.signum() == 0).count();
        assertThat(zeros).isPositive();
        long quantitativeKeys = catalogue.indicators().stream().mapToLong(i -> i.measures().size()).sum();
        long withBlanks = country.stream().filter(f -> f.quarters().stream().anyMatch(q ->
                q.size() + annualKeysBlankIn(q) < quantitativeKeys)).count();
        assertThat(withBlanks).isBetween(10L, country.size() / 2L);
        SampleFigures some = country.get(0);
        ValueKey participants = new ValueKey("8.1", "participants");
        double year = some.quarters().stream().mapToDouble(q -> q.get(participants).doubleValue()).sum();
        assertThat(some.plan().get(participants).doubleValue()).isBetween(year * 0.85, year * 1.2);
        assertThat(some.statuses(1)).containsKey("10.1");
    }

    /** Once-a-year rows are blank outside their quarter by design; they are not "not reported". */
    private static long annualKeysBlankIn(Map<ValueKey, BigDecimal> quarter) {
        return catalogue.indicators().stream()
                .filter(i -> i.periodicity() == Indicator.Periodicity.ANNUAL)
                .flatMap(i -> i.measures().stream().map(m -> new ValueKey(i.code(), m)))
                .filter(k -> !quarter.containsKey(k)).count();
    }
}
