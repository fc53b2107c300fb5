package uz.natlib.libstats.tools.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;

/** Changes to a quarter's figures that trip the plausibility rules and nothing else. */
final class FlawFigures {

    private FlawFigures() {
    }

    /**
     * A standalone quarterly flow with one measure, reported in Q1-Q3 with at least 5 each: a
     * figure whose history is clear enough for a x20 jump to stand out.
     */
    static String steadyFlow(SampleFigures figures, List<Family> families) {
        for (Family family : families) {
            Indicator row = family.root();
            if (!family.standalone() || family.stock() || row.measures().size() != 1
                    || row.periodicity() == Indicator.Periodicity.ANNUAL) {
                continue;
            }
            ValueKey key = new ValueKey(row.code(), row.measures().get(0));
            boolean steady = true;
            for (int q = 1; q <= 3; q++) {
                BigDecimal value = figures.quarter(q).get(key);
                steady &= value != null && value.compareTo(BigDecimal.valueOf(5)) >= 0;
            }
            if (steady) {
                return row.code();
            }
        }
        throw new IllegalStateException("no steady flow in " + figures.districtCode());
    }

    static Map<ValueKey, BigDecimal> times(Map<ValueKey, BigDecimal> values, Catalogue catalogue, String code,
                                           int factor) {
        // A row the year's table lacks (dropped, renumbered) has no figures to multiply: the values stay as they are.
        Indicator row = catalogue.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
        if (row == null) {
            return values;
        }
        for (String measure : row.measures()) {
            values.computeIfPresent(new ValueKey(code, measure), (k, v) -> v.multiply(BigDecimal.valueOf(factor)));
        }
        return values;
    }

    /** Flow figures as a year-to-date total: this quarter's plus the previous one's. Stocks stay. */
    static Map<ValueKey, BigDecimal> cumulative(Map<ValueKey, BigDecimal> quarter, Map<ValueKey, BigDecimal> previous,
                                                Catalogue catalogue) {
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.aggregation() != Indicator.Aggregation.FLOW) {
                continue;
            }
            for (String measure : indicator.measures()) {
                ValueKey key = new ValueKey(indicator.code(), measure);
                BigDecimal before = previous.get(key);
                if (before != null) {
                    quarter.computeIfPresent(key, (k, v) -> v.add(before));
                }
            }
        }
        return quarter;
    }
}
