package uz.natlib.libstats.tools.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.CatalogueFiles;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.SoatoRegistry;
import uz.natlib.libstats.territory.Territory;

/**
 * The generator for a year whose table differs from the year before (catalogue/2022.csv): figures
 * only for its rows, every rule kept, and the rows it shares with 2021 continuing the district's
 * 2021 figures closely enough that the history rules (stock jump, outside own history) stay silent.
 */
class SampleGenerator2022Test {

    private static Catalogue catalogue;
    private static List<Territory> districts;
    private static List<SampleFigures> y2021;
    private static List<SampleFigures> y2022;

    @BeforeAll
    static void generate() {
        catalogue = CatalogueFiles.read(2022);
        districts = SoatoRegistry.load().stream().filter(t -> t.level() == Territory.Level.DISTRICT).toList();
        SampleGenerator generator = SampleGenerator.chain(
                y -> CatalogueFiles.exists(y) ? Optional.of(CatalogueFiles.read(y)) : Optional.empty(), 2022, 42);
        SampleGenerator alone2021 = new SampleGenerator(CatalogueFiles.read(2021), 42);
        y2021 = districts.stream().map(d -> alone2021.generate(d, 2021)).toList();
        y2022 = districts.stream().map(d -> generator.generate(d, 2022)).toList();
    }

    @Test
    void givenTheChainTo2021_whenGenerated_then2021IsWhatItWasAlone() {
        SampleGenerator chained = SampleGenerator.chain(
                y -> CatalogueFiles.exists(y) ? Optional.of(CatalogueFiles.read(y)) : Optional.empty(), 2021, 42);
        for (int d = 0; d < districts.size(); d += 17) {
            assertThat(chained.generate(districts.get(d), 2021)).isEqualTo(y2021.get(d));
        }
    }

    @Test
    void given2022_whenGenerated_thenFiguresOnlyForItsRowsAndMeasuresAndPlansOnPlanBearingRows() {
        Set<ValueKey> keys = new HashSet<>();
        Set<String> planBearing = new HashSet<>();
        for (Indicator i : catalogue.indicators()) {
            i.measures().forEach(m -> keys.add(new ValueKey(i.code(), m)));
            if (i.planBearing()) {
                planBearing.add(i.code());
            }
        }
        long onNewRows = 0;
        for (SampleFigures figures : y2022) {
            assertThat(figures.plan().keySet()).allMatch(k -> keys.contains(k) && planBearing.contains(k.indicatorCode()));
            for (int q = 1; q <= 4; q++) {
                assertThat(keys).as(figures.districtCode() + " Q" + q).containsAll(figures.quarter(q).keySet());
                onNewRows += figures.quarter(q).keySet().stream()
                        .filter(k -> k.indicatorCode().equals("5.20") || k.equals(new ValueKey("CLB.2", "participants")))
                        .count();
            }
            assertThat(figures.quarter(1)).doesNotContainKey(new ValueKey("4.2", "count"))
                    .doesNotContainKey(new ValueKey("2.8", "count"));
        }
        assertThat(onNewRows).isPositive();
    }

    @Test
    void given2022_whenGenerated_thenCopiesNotFewerThanTitlesAndBreakdownsHold() {
        for (SampleFigures figures : y2022) {
            List<Map<ValueKey, BigDecimal>> sets = new ArrayList<>(figures.quarters());
            sets.add(figures.plan());
            for (Map<ValueKey, BigDecimal> set : sets) {
                set.forEach((key, value) -> {
                    assertThat(value.signum()).isNotNegative();
                    BigDecimal titles = set.get(new ValueKey(key.indicatorCode(), "titles"));
                    if (key.measure().equals("copies") && titles != null) {
                        assertThat(value).as(figures.districtCode() + " " + key).isGreaterThanOrEqualTo(titles);
                    }
                });
                for (Indicator total : catalogue.indicators()) {
                    if (total.breakdown() == null) {
                        continue;
                    }
                    for (String measure : total.measures()) {
                        BigDecimal whole = set.get(new ValueKey(total.code(), measure));
                        BigDecimal sum = BigDecimal.ZERO;
                        for (Indicator part : catalogue.indicators()) {
                            BigDecimal value = total.code().equals(part.parentCode())
                                    ? set.get(new ValueKey(part.code(), measure)) : null;
                            if (value != null) {
                                assertThat(whole).as(figures.districtCode() + " " + part.code()).isNotNull();
                                assertThat(value).isLessThanOrEqualTo(whole);
                                sum = sum.add(value);
                            }
                        }
                        String what = figures.districtCode() + " " + total.code() + " " + measure;
                        if (whole != null && total.breakdown() == Indicator.Breakdown.COMPLETE) {
                            assertThat(sum).as(what).isEqualByComparingTo(whole);
                        } else if (whole != null) {
                            assertThat(sum).as(what).isLessThanOrEqualTo(whole);
                        }
                    }
                }
            }
        }
    }

    /**
     * The thresholds of StockJump (a stock changing by more than 10 and more than half since last
     * quarter) and OutsideOwnHistory (more than 5 times or less than a fifth of the average of at
     * least two of the four quarters before, and more than 20 away from it), applied to 2022 Q1 and Q2.
     */
    @Test
    void givenTheRowsThatContinue2021_whenQ1AndQ2Of2022Generated_thenNoHistoryRuleWouldSpeak() {
        Map<String, Indicator> rows = new java.util.HashMap<>();
        catalogue.indicators().forEach(i -> rows.put(i.code(), i));
        List<String> findings = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            List<Map<ValueKey, BigDecimal>> timeline = new ArrayList<>(y2021.get(d).quarters());
            timeline.addAll(y2022.get(d).quarters());
            for (int q = 4; q <= 5; q++) {
                Map<ValueKey, BigDecimal> now = timeline.get(q);
                for (Map.Entry<ValueKey, BigDecimal> e : now.entrySet()) {
                    ValueKey key = e.getKey();
                    BigDecimal value = e.getValue();
                    String where = districts.get(d).code() + " 2022Q" + (q - 3) + " " + key;
                    BigDecimal previous = timeline.get(q - 1).get(key);
                    if (rows.get(key.indicatorCode()).aggregation() == Indicator.Aggregation.STOCK && previous != null) {
                        BigDecimal change = value.subtract(previous).abs();
                        if (change.compareTo(BigDecimal.TEN) > 0 && change.compareTo(previous.multiply(new BigDecimal("0.5"))) > 0) {
                            findings.add("stock jump " + where + ": " + previous + " -> " + value);
                        }
                    }
                    List<BigDecimal> earlier = timeline.subList(q - 4, q).stream().map(m -> m.get(key))
                            .filter(java.util.Objects::nonNull).toList();
                    if (earlier.size() < 2) {
                        continue;
                    }
                    BigDecimal mean = earlier.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(earlier.size()), MathContext.DECIMAL64);
                    if (value.subtract(mean).abs().compareTo(BigDecimal.valueOf(20)) > 0
                            && (value.compareTo(mean.multiply(BigDecimal.valueOf(5))) > 0
                            || value.multiply(BigDecimal.valueOf(5)).compareTo(mean) < 0)) {
                        findings.add("outside own history " + where + ": " + value + " against " + mean);
                    }
                }
            }
        }
        assertThat(findings).isEmpty();
    }
}
