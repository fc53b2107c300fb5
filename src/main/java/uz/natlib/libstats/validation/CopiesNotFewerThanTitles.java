package uz.natlib.libstats.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

/** Every title is held in at least one copy, so a row's copies can never be fewer than its titles. */
@Component
public class CopiesNotFewerThanTitles implements ValidationRule {

    public static final RuleId RULE = RuleId.COPIES_NOT_FEWER_THAN_TITLES;

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        Map<ValueKey, LabelledFigure> figures = LabelledFigure.byKey(LabelledFigure.of(data));
        List<Finding> findings = new ArrayList<>();
        for (LabelledFigure copies : figures.values()) {
            if (!copies.measure().key().equals("copies")) {
                continue;
            }
            LabelledFigure titles = figures.get(new ValueKey(copies.indicator().code(), "titles"));
            if (titles != null && copies.value().compareTo(titles.value()) < 0) {
                // On the copies cell, the constrained figure; the message carries the titles figure beside it.
                findings.add(copies.finding(Severity.ERROR, RULE,
                        Wording.rowCyrl(copies.indicator()) + ": нусхалар сони (" + copies.shown()
                                + ") номлар сонидан (" + titles.shown() + ") кам бўлиши мумкин эмас",
                        Wording.rowEn(copies.indicator()) + ": copies (" + copies.shown()
                                + ") cannot be fewer than titles (" + titles.shown() + ")"));
            }
        }
        return findings;
    }
}
