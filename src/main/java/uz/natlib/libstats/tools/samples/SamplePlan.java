package uz.natlib.libstats.tools.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.catalogue.Indicator;

/**
 * A family's annual plan from its year: the sum of the quarters (flows) or the year-end level
 * (stocks), times one factor for the whole family. Parts round down and a partial total rounds
 * up, so the plan obeys the same rules as the returns; a complete total is the sum of its parts.
 */
final class SamplePlan {

    private SamplePlan() {
    }

    static Map<String, BigDecimal[]> of(Family family, List<Map<String, BigDecimal[]>> quarters, double factor) {
        Map<String, BigDecimal[]> basis = family.stock() ? last(quarters) : sum(quarters);
        if (basis == null) {
            return null;
        }
        Map<String, BigDecimal[]> plan = new LinkedHashMap<>();
        for (Indicator member : family.members()) {
            boolean partialTotal = member == family.root() && !family.complete();
            BigDecimal[] values = basis.get(member.code()).clone();
            for (int k = 0; k < values.length; k++) {
                values[k] = FamilyModel.round(values[k].doubleValue() * factor, member.measures().get(k),
                        partialTotal ? RoundingMode.CEILING : RoundingMode.FLOOR);
            }
            plan.put(member.code(), values);
        }
        if (family.complete()) {
            BigDecimal[] total = plan.get(family.root().code());
            for (int k = 0; k < total.length; k++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Indicator part : family.parts()) {
                    sum = sum.add(plan.get(part.code())[k]);
                }
                total[k] = sum;
            }
        }
        return plan;
    }

    private static Map<String, BigDecimal[]> last(List<Map<String, BigDecimal[]>> quarters) {
        for (int q = quarters.size() - 1; q >= 0; q--) {
            if (quarters.get(q) != null) {
                return quarters.get(q);
            }
        }
        return null;
    }

    private static Map<String, BigDecimal[]> sum(List<Map<String, BigDecimal[]>> quarters) {
        Map<String, BigDecimal[]> sum = null;
        for (Map<String, BigDecimal[]> quarter : quarters) {
            if (quarter == null) {
                continue;
            }
            if (sum == null) {
                sum = new LinkedHashMap<>();
                for (Map.Entry<String, BigDecimal[]> e : quarter.entrySet()) {
                    sum.put(e.getKey(), e.getValue().clone());
                }
                continue;
            }
            for (Map.Entry<String, BigDecimal[]> e : quarter.entrySet()) {
                BigDecimal[] into = sum.get(e.getKey());
                for (int k = 0; k < into.length; k++) {
                    into[k] = into[k].add(e.getValue()[k]);
                }
            }
        }
        return sum;
    }
}
