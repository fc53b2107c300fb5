package uz.natlib.libstats.tools.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;

/**
 * One family's figures through a year for one district. The parameters drawn at construction
 * (level, ratios between measures, shares of the parts) stay fixed for the year, so quarters
 * differ only by noise (flows) or slow growth (stocks), and every rule holds by construction:
 * a complete breakdown is split exactly, a partial one takes shares summing to less than one,
 * and copies are derived from titles by a ratio of at least one.
 */
final class FamilyModel {

    private final Family family;
    private final SplittableRandom rng;
    private double level;
    /** ratios[member][k]: measure k of a member relative to its measure k-1. */
    private final double[][] ratios;
    /** Share of the total per part: sums to 1 (complete) or to less than 1 (partial). */
    private final double[] shares;
    /** A stock's figures at the end of the year before, which this year's first quarter grows from; null if none. */
    private Map<String, BigDecimal[]> carriedStock;

    FamilyModel(Family family, SplittableRandom rng, double level) {
        this.family = family;
        this.rng = rng;
        this.level = level;
        List<Indicator> members = family.members();
        ratios = new double[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            List<String> measures = members.get(m).measures();
            ratios[m] = new double[measures.size()];
            for (int k = 1; k < measures.size(); k++) {
                ratios[m][k] = ratio(measures.get(k - 1), measures.get(k));
            }
        }
        shares = shares(family.parts().size(), family.complete() ? 1.0 : uniform(0.5, 0.95));
    }

    /**
     * Continues the district's figures of the year before, for the members whose codes (and, for a
     * ratio, measures) it had: the level from the total's average quarter (flows, with a drift of
     * -5 % to +10 %) or its last quarter (stocks), the ratios between measures and the shares of the
     * parts as they were. A part new to the family keeps its drawn share, the others make room.
     */
    void continueFrom(SampleFigures before) {
        Map<ValueKey, BigDecimal> mean = new HashMap<>();
        Map<ValueKey, BigDecimal> last = new HashMap<>();
        Map<ValueKey, Integer> reported = new HashMap<>();
        for (int q = 1; q <= 4; q++) {
            for (Indicator member : family.members()) {
                for (String measure : member.measures()) {
                    ValueKey key = new ValueKey(member.code(), measure);
                    BigDecimal value = before.quarter(q).get(key);
                    if (value != null) {
                        mean.merge(key, value, BigDecimal::add);
                        reported.merge(key, 1, Integer::sum);
                        last.put(key, value);
                    }
                }
            }
        }
        reported.forEach((key, n) -> mean.computeIfPresent(key, (k, sum) -> sum.divide(BigDecimal.valueOf(n),
                java.math.MathContext.DECIMAL64)));
        Map<ValueKey, BigDecimal> basis = family.stock() ? last : mean;
        Indicator root = family.root();
        BigDecimal rootLevel = basis.get(new ValueKey(root.code(), root.measures().get(0)));
        if (rootLevel == null) {
            return;
        }
        level = family.stock() ? rootLevel.doubleValue() : rootLevel.doubleValue() * uniform(0.95, 1.1);
        List<Indicator> members = family.members();
        for (int m = 0; m < members.size(); m++) {
            List<String> measures = members.get(m).measures();
            for (int k = 1; k < measures.size(); k++) {
                BigDecimal from = basis.get(new ValueKey(members.get(m).code(), measures.get(k - 1)));
                BigDecimal to = basis.get(new ValueKey(members.get(m).code(), measures.get(k)));
                if (from != null && to != null && from.signum() > 0) {
                    ratios[m][k] = to.doubleValue() / from.doubleValue();
                }
            }
        }
        continueShares(basis);
        if (family.stock()) {
            Map<String, BigDecimal[]> end = new LinkedHashMap<>();
            for (Indicator member : members) {
                BigDecimal[] values = new BigDecimal[member.measures().size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = last.get(new ValueKey(member.code(), member.measures().get(k)));
                    if (values[k] == null) {
                        return;
                    }
                }
                end.put(member.code(), values);
            }
            carriedStock = end;
        }
    }

    private void continueShares(Map<ValueKey, BigDecimal> basis) {
        List<String> rootMeasures = family.root().measures();
        double[] carried = new double[shares.length];
        double known = 0;
        double knownDrawn = 0;
        for (int p = 0; p < shares.length; p++) {
            // The share as the measure with the largest total shows it: a few events floored to none tell less than
            // their participants do.
            Indicator part = family.parts().get(p);
            BigDecimal whole = null;
            BigDecimal value = null;
            for (int k = 0; k < part.measures().size(); k++) {
                String measure = part.measures().get(k);
                int index = rootMeasures.indexOf(measure);
                BigDecimal total = basis.get(new ValueKey(family.root().code(),
                        rootMeasures.get(index >= 0 ? index : Math.min(k, rootMeasures.size() - 1))));
                BigDecimal own = basis.get(new ValueKey(part.code(), measure));
                if (total != null && own != null && (whole == null || total.compareTo(whole) > 0)) {
                    whole = total;
                    value = own;
                }
            }
            if (whole == null || whole.signum() <= 0) {
                carried[p] = -1;
                continue;
            }
            carried[p] = value.doubleValue() / whole.doubleValue();
            known += carried[p];
            knownDrawn += shares[p];
        }
        if (known <= 0) {
            return;
        }
        double sum = 0;
        for (int p = 0; p < shares.length; p++) {
            // The parts seen last year share what their drawn shares would have had, in last year's proportions.
            shares[p] = carried[p] < 0 ? shares[p] : family.complete() ? carried[p] / known * knownDrawn : carried[p];
            sum += shares[p];
        }
        double most = family.complete() ? 1.0 : 0.95;
        for (int p = 0; p < shares.length && (family.complete() || sum > most); p++) {
            shares[p] = shares[p] / sum * most;
        }
    }

    /** The family's figures in a quarter, given the previous quarter's (null for the first). */
    Map<String, BigDecimal[]> quarter(Map<String, BigDecimal[]> previous) {
        if (family.stock() && previous == null && carriedStock != null) {
            return grown(carriedStock);
        }
        if (family.stock() && previous != null) {
            return grown(previous);
        }
        long first = family.stock() ? Math.round(level) : Math.round(level * uniform(0.85, 1.15));
        return fresh(first);
    }

    private Map<String, BigDecimal[]> fresh(long first) {
        Map<String, BigDecimal[]> figures = new LinkedHashMap<>();
        Indicator root = family.root();
        BigDecimal[] total = derived(0, BigDecimal.valueOf(first));
        figures.put(root.code(), total);
        if (family.complete()) {
            long[] split = split(first, shares);
            List<BigDecimal[]> parts = new ArrayList<>();
            for (int p = 0; p < family.parts().size(); p++) {
                BigDecimal[] part = derived(p + 1, BigDecimal.valueOf(split[p]));
                parts.add(part);
                figures.put(family.parts().get(p).code(), part);
            }
            sumInto(total, parts);
        } else {
            partialParts(figures, total);
        }
        return figures;
    }

    private Map<String, BigDecimal[]> grown(Map<String, BigDecimal[]> previous) {
        Map<String, BigDecimal[]> figures = new LinkedHashMap<>();
        Indicator root = family.root();
        if (family.complete()) {
            List<BigDecimal[]> parts = new ArrayList<>();
            for (int p = 0; p < family.parts().size(); p++) {
                Indicator part = family.parts().get(p);
                BigDecimal[] grownPart = grow(part, previous.get(part.code()));
                parts.add(grownPart);
                figures.put(part.code(), grownPart);
            }
            BigDecimal[] total = new BigDecimal[root.measures().size()];
            sumInto(total, parts);
            figures.put(root.code(), total);
        } else {
            BigDecimal[] total = grow(root, previous.get(root.code()));
            figures.put(root.code(), total);
            partialParts(figures, total);
        }
        return figures;
    }

    /** Stocks grow 0-3 % a quarter and never shrink. */
    private BigDecimal[] grow(Indicator member, BigDecimal[] before) {
        BigDecimal[] after = new BigDecimal[before.length];
        for (int k = 0; k < before.length; k++) {
            BigDecimal grown = round(before[k].doubleValue() * uniform(1.0, 1.03), member.measures().get(k), RoundingMode.HALF_UP);
            after[k] = grown.max(before[k]);
        }
        keepCopiesAboveFirst(member, after);
        return after;
    }

    private void partialParts(Map<String, BigDecimal[]> figures, BigDecimal[] total) {
        List<String> rootMeasures = family.root().measures();
        for (int p = 0; p < family.parts().size(); p++) {
            Indicator part = family.parts().get(p);
            BigDecimal[] values = new BigDecimal[part.measures().size()];
            for (int k = 0; k < values.length; k++) {
                // A part measured differently (discs where the total counts titles) takes the total's measure at its position.
                int index = rootMeasures.indexOf(part.measures().get(k));
                BigDecimal whole = total[index >= 0 ? index : Math.min(k, total.length - 1)];
                values[k] = round(whole.doubleValue() * shares[p], part.measures().get(k), RoundingMode.FLOOR);
            }
            figures.put(part.code(), values);
        }
    }

    private BigDecimal[] derived(int member, BigDecimal first) {
        Indicator indicator = family.members().get(member);
        BigDecimal[] values = new BigDecimal[indicator.measures().size()];
        values[0] = first;
        for (int k = 1; k < values.length; k++) {
            values[k] = round(values[k - 1].doubleValue() * ratios[member][k], indicator.measures().get(k), RoundingMode.HALF_UP);
        }
        keepCopiesAboveFirst(indicator, values);
        return values;
    }

    private static void keepCopiesAboveFirst(Indicator indicator, BigDecimal[] values) {
        int copies = indicator.measures().indexOf("copies");
        if (copies > 0) {
            values[copies] = values[copies].max(values[0]);
        }
    }

    private static void sumInto(BigDecimal[] total, List<BigDecimal[]> parts) {
        for (int k = 0; k < total.length; k++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal[] part : parts) {
                sum = sum.add(part[k]);
            }
            total[k] = sum;
        }
    }

    /** Splits a whole number by shares exactly (largest remainder), so the parts add up to it. */
    static long[] split(long whole, double[] shares) {
        long[] parts = new long[shares.length];
        double[] remainders = new double[shares.length];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = whole * shares[i];
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = whole - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    private double[] shares(int count, double sum) {
        double[] shares = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            shares[i] = uniform(0.2, 1.0) * uniform(0.2, 1.0);
            total += shares[i];
        }
        for (int i = 0; i < count; i++) {
            shares[i] = shares[i] / total * sum;
        }
        return shares;
    }

    private double ratio(String from, String to) {
        return switch (from + ">" + to) {
            case "titles>copies" -> uniform(1.3, 3.5);
            case "count>copies" -> uniform(2, 6);
            case "discs>copies" -> uniform(1, 3);
            case "events>participants" -> uniform(8, 30);
            case "cds>titles" -> uniform(2, 8);
            case "titles>megabytes" -> uniform(5, 60);
            case "titles>pages" -> uniform(40, 200);
            case "users>requests" -> uniform(1, 3);
            case "titles>records" -> uniform(1, 1.5);
            case "visits>loans" -> uniform(0.4, 1.2);
            case "organisations>items" -> uniform(3, 20);
            default -> uniform(1, 3);
        };
    }

    private double uniform(double from, double to) {
        return rng.nextDouble(from, to);
    }

    /** Megabytes keep one decimal; every other measure is a whole number. */
    static BigDecimal round(double value, String measure, RoundingMode mode) {
        return BigDecimal.valueOf(value).setScale("megabytes".equals(measure) ? 1 : 0, mode);
    }
}
