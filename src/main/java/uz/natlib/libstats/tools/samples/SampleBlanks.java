package uz.natlib.libstats.tools.samples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;

/**
 * Rows a district did not report: about one district in four leaves two to four rows blank in a
 * quarter. Only standalone quarterly flows, so no breakdown or stock rule has half a family to judge.
 */
final class SampleBlanks {

    static final double SHARE_OF_DISTRICTS = 0.25;

    private SampleBlanks() {
    }

    static void apply(List<Family> families, SplittableRandom rng, List<Map<ValueKey, BigDecimal>> quarters) {
        if (rng.nextDouble() >= SHARE_OF_DISTRICTS) {
            return;
        }
        List<Indicator> candidates = families.stream()
                .filter(f -> f.standalone() && !f.stock() && f.root().periodicity() != Indicator.Periodicity.ANNUAL)
                .map(Family::root)
                .toList();
        int rows = 2 + rng.nextInt(3);
        for (int i = 0; i < rows; i++) {
            Indicator row = candidates.get(rng.nextInt(candidates.size()));
            Map<ValueKey, BigDecimal> quarter = quarters.get(rng.nextInt(4));
            row.measures().forEach(m -> quarter.remove(new ValueKey(row.code(), m)));
        }
    }
}
