package uz.natlib.libstats.validation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

/**
 * A partial breakdown ("of which" rows that need not add up): no part can be larger than its total.
 * <p>
 * The sum of the parts is deliberately not compared with the total: the catalogue marks a breakdown
 * partial when its parts overlap as well as when they leave something out, and for overlapping
 * parts (1.1: children's literature is also printed; 5.14: "fulfilled" beside local and foreign
 * users; 8.1 participants; 10.4 subjects) a correct return has parts that add up to more than the
 * total. The catalogue does not say which partial breakdowns are disjoint, so a sum check would
 * reject correct files.
 */
@Component
public class OfWhichNotAboveTotal implements ValidationRule {

    public static final RuleId RULE = RuleId.OF_WHICH_NOT_ABOVE_TOTAL;

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        List<Finding> findings = new ArrayList<>();
        for (OfWhich breakdown : OfWhich.of(data, Indicator.Breakdown.PARTIAL)) {
            LabelledFigure total = breakdown.total();
            for (LabelledFigure part : breakdown.reported()) {
                if (part.value().compareTo(total.value()) > 0) {
                    findings.add(total.finding(Severity.ERROR, RULE,
                            total.aboutCyrl() + ": «шундан» " + Wording.refCyrl(part.indicator()) + " (" + part.shown()
                                    + ") жамидан (" + total.shown() + ") ошмаслиги керак",
                            total.aboutEn() + ": the of-which line " + Wording.refEn(part.indicator()) + " ("
                                    + part.shown() + ") cannot exceed the total (" + total.shown() + ")"));
                }
            }
        }
        return findings;
    }
}
