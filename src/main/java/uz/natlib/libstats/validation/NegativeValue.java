package uz.natlib.libstats.validation;

import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

/** Every figure of the table counts something: none can be below zero. */
@Component
public class NegativeValue implements ValidationRule {

    public static final RuleId RULE = RuleId.NEGATIVE_VALUE;

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        return LabelledFigure.of(data).stream()
                .filter(f -> f.value().signum() < 0)
                .map(f -> f.finding(Severity.ERROR, RULE,
                        f.aboutCyrl() + ": қиймат (" + f.shown() + ") манфий бўлиши мумкин эмас",
                        f.aboutEn() + ": the figure (" + f.shown() + ") cannot be negative"))
                .toList();
    }
}
