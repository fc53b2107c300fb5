package uz.natlib.libstats.validation;

import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

/** Titles, copies, events and the like are counted in whole numbers; only measures marked with decimals (megabytes) may be fractional. */
@Component
public class FractionalCount implements ValidationRule {

    public static final RuleId RULE = RuleId.FRACTIONAL_COUNT;

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        return LabelledFigure.of(data).stream()
                .filter(f -> !f.measure().decimals() && f.value().stripTrailingZeros().scale() > 0)
                .map(f -> f.finding(Severity.ERROR, RULE,
                        f.aboutCyrl() + ": қиймат (" + f.shown() + ") бутун сон бўлиши керак",
                        f.aboutEn() + ": the figure (" + f.shown() + ") must be a whole number"))
                .toList();
    }
}
