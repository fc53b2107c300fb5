package uz.natlib.libstats.validation;

import java.math.BigDecimal;
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
 * A complete breakdown (the parts partition the total): with every part reported they must add up
 * to the total exactly; with some left blank (not reported, which is not zero) they can only be
 * checked not to exceed it.
 */
@Component
public class OfWhichAddsUpToTotal implements ValidationRule {

    public static final RuleId RULE = RuleId.OF_WHICH_ADDS_UP_TO_TOTAL;

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        List<Finding> findings = new ArrayList<>();
        for (OfWhich breakdown : OfWhich.of(data, Indicator.Breakdown.COMPLETE)) {
            LabelledFigure total = breakdown.total();
            BigDecimal sum = breakdown.sum();
            int comparison = sum.compareTo(total.value());
            String parts = "«шундан» қаторлар (" + breakdown.codes() + ") йиғиндиси (" + Wording.number(sum) + ")";
            String partsEn = "the of-which lines (" + breakdown.codes() + ") add up to " + Wording.number(sum);
            if (breakdown.allPartsReported() && comparison != 0) {
                findings.add(total.finding(Severity.ERROR, RULE,
                        total.aboutCyrl() + ": " + parts + " жамига (" + total.shown() + ") тенг бўлиши керак",
                        total.aboutEn() + ": " + partsEn + ", but must equal the total (" + total.shown() + ")"));
            } else if (comparison > 0) {
                findings.add(total.finding(Severity.ERROR, RULE,
                        total.aboutCyrl() + ": " + parts + " жамидан (" + total.shown() + ") ошмаслиги керак",
                        total.aboutEn() + ": " + partsEn + ", more than the total (" + total.shown() + ")"));
            }
        }
        return findings;
    }
}
