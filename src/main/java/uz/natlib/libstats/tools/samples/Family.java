package uz.natlib.libstats.tools.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;

/** A quantitative total and its "of which" parts (none for a standalone row): the unit the rules tie together. */
record Family(Indicator root, List<Indicator> parts) {

    Family {
        parts = List.copyOf(parts);
    }

    boolean complete() {
        return root.breakdown() == Indicator.Breakdown.COMPLETE && !parts.isEmpty();
    }

    boolean stock() {
        return root.aggregation() == Indicator.Aggregation.STOCK;
    }

    boolean standalone() {
        return parts.isEmpty() && root.breakdown() == null;
    }

    List<Indicator> members() {
        List<Indicator> members = new ArrayList<>(parts.size() + 1);
        members.add(root);
        members.addAll(parts);
        return members;
    }

    /** The quantitative families of a catalogue, in its order; catalogues nest parts one level deep. */
    static List<Family> of(Catalogue catalogue) {
        Map<String, List<Indicator>> parts = new LinkedHashMap<>();
        for (Indicator i : catalogue.indicators()) {
            if (i.parentCode() != null) {
                parts.computeIfAbsent(i.parentCode(), p -> new ArrayList<>()).add(i);
            }
        }
        List<Family> families = new ArrayList<>();
        for (Indicator i : catalogue.indicators()) {
            if (i.parentCode() == null && !i.qualitative()) {
                families.add(new Family(i, parts.getOrDefault(i.code(), List.of())));
            }
        }
        return families;
    }
}
