package uz.natlib.libstats.tools.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.territory.Territory;

/**
 * Plausible, rule-abiding figures for any district and year, the same for the same seed. Each
 * district-year draws from its own generator (seeded by seed, district and year), so a district's
 * figures do not depend on which other districts are generated with it.
 *
 * <p>A year whose previous year has a table too ({@link #chain}) continues it: a row of the same
 * code starts from the district's figures of the year before (a flow from its average quarter, a
 * stock from its last one, parts in the same shares, measures in the same ratios), so the new
 * year's first quarter does not trip the history rules. A row without one (new, renumbered, moved)
 * is drawn afresh, and a row the year lacks is simply not generated.
 */
public final class SampleGenerator {

    public static final String JONDOR = "1706246";

    /** The seed document's section X plan of Jondor for 2021, on the first measure of each row. */
    public static final Map<String, BigDecimal> JONDOR_2021_SECTION_X_PLAN = orderedPlan(
            "10.2", 15, "10.3", 21, "10.4", 12, "10.5", 215, "10.6", 5, "10.7", 1200, "10.8", 20, "10.10", 7, "10.11", 4);

    /** A typical quarter of a flow, by its first measure, before district and row factors. */
    private static final Map<String, Double> FLOW_LEVEL = Map.ofEntries(Map.entry("titles", 60.0),
            Map.entry("copies", 150.0), Map.entry("count", 20.0), Map.entry("events", 12.0), Map.entry("users", 25.0),
            Map.entry("requests", 40.0), Map.entry("records", 250.0), Map.entry("visits", 900.0),
            Map.entry("editions", 60.0), Map.entry("readers", 6.0), Map.entry("posts", 250.0), Map.entry("sheets", 5.0),
            Map.entry("items", 30.0), Map.entry("organisations", 3.0), Map.entry("cds", 3.0), Map.entry("discs", 4.0));

    /** Typical levels of the 2021 stocks: titles in the collection, partners, mobile points, clubs, members, computers. */
    private static final Map<String, Double> STOCK_LEVEL = Map.of("1.1", 12000.0, "IBX.1", 3.0, "MOB.1", 3.0,
            "5.13", 2.0, "CLB.1", 25.0, "10.10", 8.0);

    private static final Pattern ROMAN = Pattern.compile("(?<![A-Za-z])(IV|III|II|I)(?![A-Za-z])");

    private final Catalogue catalogue;
    private final long seed;
    private final List<Family> families;
    /** The rows a plan has figures for: a plan template offers cells for these only. */
    private final Set<String> planBearing;
    /** The generator of the year before, whose figures this year's continue; null if that year has no table here. */
    private final SampleGenerator previousYear;

    public SampleGenerator(Catalogue catalogue, long seed) {
        this(catalogue, seed, null);
    }

    /** A generator whose years continue the figures of {@code previousYear}'s (null: none). */
    public SampleGenerator(Catalogue catalogue, long seed, SampleGenerator previousYear) {
        this.catalogue = catalogue;
        this.seed = seed;
        this.previousYear = previousYear;
        this.families = Family.of(catalogue);
        this.planBearing = catalogue.indicators().stream().filter(Indicator::planBearing).map(Indicator::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The generator of {@code year}, continuing the years before it whose tables {@code catalogues}
     * gives (back to the first year without one).
     */
    public static SampleGenerator chain(IntFunction<Optional<Catalogue>> catalogues, int year, long seed) {
        int first = year;
        while (first > 2000 && catalogues.apply(first - 1).isPresent()) {
            first--;
        }
        SampleGenerator generator = null;
        for (int y = first; y <= year; y++) {
            int wanted = y;
            Catalogue catalogue = catalogues.apply(y).orElseThrow(() -> new IllegalArgumentException(
                    "no catalogue for " + wanted));
            generator = new SampleGenerator(catalogue, seed, generator);
        }
        return generator;
    }

    public SampleFigures generate(Territory district, int year) {
        SampleFigures before = previousYear != null && previousYear.catalogue.year() == year - 1
                ? previousYear.generate(district, year - 1) : null;
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L
                ^ district.code().hashCode() * 0xC2B2AE3D27D4EB4FL ^ year * 0x165667B19E3779F9L);
        double scale = Math.min(2.2, Math.max(0.5, Math.exp(rng.nextGaussian() * 0.35)))
                * ("city".equals(district.kind()) ? 1.4 : 1.0);
        Map<String, BigDecimal> seedPlan = JONDOR.equals(district.code()) && year == 2021
                ? JONDOR_2021_SECTION_X_PLAN : Map.of();
        List<Map<ValueKey, BigDecimal>> quarters = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>());
        Map<ValueKey, BigDecimal> plan = new LinkedHashMap<>();
        for (Family family : families) {
            FamilyModel model = new FamilyModel(family, rng, level(family, rng, scale, seedPlan));
            if (before != null) {
                model.continueFrom(before);
            }
            int due = family.root().periodicity() == Indicator.Periodicity.ANNUAL ? dueQuarter(family.root()) : 0;
            List<Map<String, BigDecimal[]>> byQuarter = new ArrayList<>();
            Map<String, BigDecimal[]> previous = null;
            for (int q = 1; q <= 4; q++) {
                // A once-a-year row is reported in its quarter and left blank in the others.
                Map<String, BigDecimal[]> figures = due == 0 || due == q ? model.quarter(previous) : null;
                previous = figures == null ? previous : figures;
                byQuarter.add(figures);
                put(family, figures, quarters.get(q - 1));
            }
            put(family, SamplePlan.of(family, byQuarter, rng.nextDouble(0.9, 1.15)), plan);
        }
        SampleBlanks.apply(families, rng, quarters);
        if (!seedPlan.isEmpty()) {
            overrideSectionPlan(plan, "X", seedPlan);
        }
        // Dropped after drawing, not skipped: every family draws its plan factor, so the returns stay as they were.
        plan.keySet().removeIf(key -> !planBearing.contains(key.indicatorCode()));
        return new SampleFigures(district.code(), year, plan, quarters, SampleStatuses.of(catalogue, rng));
    }

    /** The level a family starts from: a quarter's first measure (flows) or the first quarter's stock. */
    private static double level(Family family, SplittableRandom rng, double scale, Map<String, BigDecimal> seedPlan) {
        Indicator root = family.root();
        BigDecimal planned = seedPlan.get(root.code());
        if (planned != null) {
            return family.stock() ? planned.doubleValue() : planned.doubleValue() / 4;
        }
        if (family.stock()) {
            return STOCK_LEVEL.getOrDefault(root.code(), 10.0) * scale * rng.nextDouble(0.7, 1.3);
        }
        if (rng.nextDouble() < 0.06) {
            return 0;
        }
        double typical = FLOW_LEVEL.getOrDefault(root.measures().get(0), 10.0) * (family.parts().isEmpty() ? 1 : 2.5);
        return typical * scale * rng.nextDouble(0.5, 1.6);
    }

    /** The plan of a section becomes exactly the given first-measure figures; its other cells stay blank. */
    private void overrideSectionPlan(Map<ValueKey, BigDecimal> plan, String section, Map<String, BigDecimal> figures) {
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.section().equals(section)) {
                indicator.measures().forEach(m -> plan.remove(new ValueKey(indicator.code(), m)));
                BigDecimal figure = figures.get(indicator.code());
                if (figure != null) {
                    plan.put(new ValueKey(indicator.code(), indicator.measures().get(0)), figure);
                }
            }
        }
    }

    private static void put(Family family, Map<String, BigDecimal[]> figures, Map<ValueKey, BigDecimal> into) {
        if (figures == null) {
            return;
        }
        for (Indicator member : family.members()) {
            BigDecimal[] values = figures.get(member.code());
            for (int k = 0; values != null && k < values.length; k++) {
                into.put(new ValueKey(member.code(), member.measures().get(k)), values[k]);
            }
        }
    }

    /** The quarter a once-a-year row is due: a Roman numeral in the deadline, else its month, else the first. */
    static int dueQuarter(Indicator indicator) {
        String due = indicator.dueSeed() == null ? "" : indicator.dueSeed();
        Matcher roman = ROMAN.matcher(due);
        if (roman.find()) {
            return List.of("I", "II", "III", "IV").indexOf(roman.group(1)) + 1;
        }
        String lower = due.toLowerCase(Locale.ROOT);
        String[][] months = {{"январ", "феврал", "март"}, {"апрел", "май", "июн"}, {"июл", "август", "сентябр"},
                {"октябр", "ноябр", "декабр"}};
        for (int q = 0; q < months.length; q++) {
            for (String month : months[q]) {
                if (lower.contains(month)) {
                    return q + 1;
                }
            }
        }
        return 1;
    }

    private static Map<String, BigDecimal> orderedPlan(Object... codeAndFigure) {
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        for (int i = 0; i < codeAndFigure.length; i += 2) {
            plan.put((String) codeAndFigure[i], BigDecimal.valueOf((Integer) codeAndFigure[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(plan);
    }
}
