package uz.natlib.libstats.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Look-ups over one year's catalogue: an indicator by code, a measure by key, a total's parts.
 * A separate class keeps {@link Catalogue} a plain record of the year's table. Read-only once
 * built, so one index serves every thread.
 */
public final class CatalogueIndex {

    private final Catalogue catalogue;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<String, List<Indicator>> parts = new LinkedHashMap<>();

    private CatalogueIndex(Catalogue catalogue) {
        this.catalogue = catalogue;
        catalogue.measures().forEach(m -> measures.put(m.key(), m));
        for (Indicator i : catalogue.indicators()) {
            indicators.put(i.code(), i);
            if (i.parentCode() != null) {
                parts.computeIfAbsent(i.parentCode(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    // The last one built: the ingest asks for the same year's table several times per file, and
    // building the index cost as much as a rule. Compared by identity, not by the record's contents.
    private static volatile CatalogueIndex last;

    public static CatalogueIndex of(Catalogue catalogue) {
        CatalogueIndex index = last;
        if (index == null || index.catalogue != catalogue) {
            index = new CatalogueIndex(catalogue);
            last = index;
        }
        return index;
    }

    public int year() {
        return catalogue.year();
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(code == null ? null : indicators.get(code.strip()));
    }

    /** Every key an indicator names is present (the catalogue files are checked when read). */
    public Optional<Measure> measure(String key) {
        return Optional.ofNullable(key == null ? null : measures.get(key));
    }

    /** The measures of a row, in its order. */
    public List<Measure> measuresOf(Indicator indicator) {
        return indicator.measures().stream().map(measures::get).toList();
    }

    public List<Measure> measures() {
        return catalogue.measures();
    }

    public List<Indicator> indicators() {
        return catalogue.indicators();
    }

    /** The "of which" rows of a total, in the form's order; empty if it has none. */
    public List<Indicator> parts(String totalCode) {
        return List.copyOf(parts.getOrDefault(totalCode, List.of()));
    }
}
