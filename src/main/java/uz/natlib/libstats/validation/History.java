package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.Period;

/**
 * The same district's accepted figures of earlier quarters, for the plausibility rules.
 *
 * @param byPeriod period code ({@code 2021Q2}) to the figures accepted for it
 */
public record History(Map<String, Map<ValueKey, BigDecimal>> byPeriod) {

    public static final History NONE = new History(Map.of());

    public History {
        byPeriod = Map.copyOf(byPeriod);
    }

    /** The figure of the quarter before {@code year}/{@code quarter}, if that quarter was accepted and has it. */
    public Optional<BigDecimal> previousQuarter(int year, int quarter, ValueKey key) {
        String previous = Period.ofQuarter(year, quarter).previous().code();
        return Optional.ofNullable(byPeriod.getOrDefault(previous, Map.of()).get(key));
    }

    /** Every earlier figure of this key, in no particular order. */
    public List<BigDecimal> all(ValueKey key) {
        return byPeriod.values().stream().map(m -> m.get(key)).filter(java.util.Objects::nonNull).toList();
    }
}
