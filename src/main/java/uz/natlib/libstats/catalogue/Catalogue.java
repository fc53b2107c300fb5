package uz.natlib.libstats.catalogue;

import java.util.List;

/** A reporting year's table: its sections and indicators in the form's order, and the measures they use. */
public record Catalogue(int year, String source, List<Section> sections, List<Indicator> indicators,
                        List<Measure> measures) {

    public Catalogue {
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        measures = List.copyOf(measures);
    }
}
