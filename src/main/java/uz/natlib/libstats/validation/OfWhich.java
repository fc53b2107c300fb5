package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uz.natlib.libstats.catalogue.CatalogueIndex;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.normalisation.ValueKey;

/**
 * A reported total and its "of which" rows for one measure. Only parts that have the measure
 * count: 1.4's CD/DVD part reports discs, not titles, so it takes part in copies only.
 *
 * @param parts    the catalogue's parts that have this measure
 * @param reported those of them the file reports, in the form's order
 */
record OfWhich(LabelledFigure total, List<Indicator> parts, List<LabelledFigure> reported) {

    static List<OfWhich> of(SubmissionData data, Indicator.Breakdown breakdown) {
        CatalogueIndex catalogue = CatalogueIndex.of(data.catalogue());
        Map<ValueKey, LabelledFigure> figures = LabelledFigure.byKey(LabelledFigure.of(data));
        List<OfWhich> found = new ArrayList<>();
        for (LabelledFigure total : figures.values()) {
            if (total.indicator().breakdown() != breakdown) {
                continue;
            }
            String measure = total.measure().key();
            List<Indicator> parts = catalogue.parts(total.indicator().code()).stream()
                    .filter(p -> p.measures().contains(measure)).toList();
            List<LabelledFigure> reported = parts.stream().map(p -> figures.get(new ValueKey(p.code(), measure)))
                    .filter(java.util.Objects::nonNull).toList();
            if (!reported.isEmpty()) {
                found.add(new OfWhich(total, parts, reported));
            }
        }
        return found;
    }

    boolean allPartsReported() {
        return reported.size() == parts.size();
    }

    BigDecimal sum() {
        return reported.stream().map(LabelledFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The parts summed, so the clerk can add them up again: {@code 1.2.01, 1.2.03}. */
    String codes() {
        return reported.stream().map(f -> f.indicator().code()).collect(Collectors.joining(", "));
    }
}
