package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uz.natlib.libstats.catalogue.CatalogueIndex;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Measure;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

/**
 * A reported value together with its catalogue row and measure, which every message names.
 * Values the catalogue does not know are left out: normalisation has already rejected them.
 */
record LabelledFigure(ReportedValue reported, Indicator indicator, Measure measure) {

    static List<LabelledFigure> of(SubmissionData data) {
        CatalogueIndex catalogue = CatalogueIndex.of(data.catalogue());
        List<LabelledFigure> figures = new ArrayList<>();
        for (ReportedValue value : data.values()) {
            Optional<Indicator> indicator = catalogue.indicator(value.indicatorCode());
            Optional<Measure> measure = catalogue.measure(value.measure());
            if (indicator.isPresent() && measure.isPresent() && value.value() != null) {
                figures.add(new LabelledFigure(value, indicator.get(), measure.get()));
            }
        }
        return figures;
    }

    /** The first figure of each key (a repeated key is normalisation's DuplicateValue, not the rules' business). */
    static Map<ValueKey, LabelledFigure> byKey(List<LabelledFigure> figures) {
        Map<ValueKey, LabelledFigure> map = new LinkedHashMap<>();
        figures.forEach(f -> map.putIfAbsent(f.key(), f));
        return map;
    }

    BigDecimal value() {
        return reported.value();
    }

    ValueKey key() {
        return reported.key();
    }

    String shown() {
        return Wording.number(value());
    }

    /** {@code 1.2-қатор «…», «нусха»}. */
    String aboutCyrl() {
        return Wording.rowCyrl(indicator) + ", «" + measure.labelCyrl() + "»";
    }

    /** {@code row 1.2 «…», copies}. */
    String aboutEn() {
        return Wording.rowEn(indicator) + ", " + measure.labelEn();
    }

    Finding finding(Severity severity, RuleId rule, String cyrl, String en) {
        String cell = reported.cell();
        return new Finding(severity, rule, reported.sheet(), cell, reported.textSeen(),
                Message.of(Wording.at(cell, cyrl), Wording.at(cell, en)));
    }
}
