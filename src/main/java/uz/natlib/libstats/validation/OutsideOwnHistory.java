package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A figure far from what the same district usually reports (more than five times its average, or
 * less than a fifth) is most often a slip: a digit too many, titles typed as copies. Districts
 * differ too much for a national norm; their own history is the fair yardstick. Two earlier
 * figures make an average, and differences of a few units are left alone.
 */
@Component
public class OutsideOwnHistory implements ValidationRule {

    public static final RuleId RULE = RuleId.OUTSIDE_OWN_HISTORY;

    private static final int MIN_EARLIER = 2;
    private static final BigDecimal FACTOR = BigDecimal.valueOf(5);
    private static final BigDecimal MIN_DIFFERENCE = BigDecimal.valueOf(20);

    @Override
    public boolean comparesWithHistory() {
        return true;
    }

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        if (data.kind() != SubmissionKind.RETURN) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (LabelledFigure figure : LabelledFigure.of(data)) {
            List<BigDecimal> earlier = history.all(figure.key());
            if (earlier.size() < MIN_EARLIER) {
                continue;
            }
            BigDecimal mean = earlier.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(earlier.size()), MathContext.DECIMAL64);
            BigDecimal value = figure.value();
            if (value.subtract(mean).abs().compareTo(MIN_DIFFERENCE) <= 0) {
                continue;
            }
            if (value.compareTo(mean.multiply(FACTOR)) > 0) {
                findings.add(above(figure, mean, earlier.size()));
            } else if (value.multiply(FACTOR).compareTo(mean) < 0) {
                findings.add(below(figure, mean, earlier.size()));
            }
        }
        return findings;
    }

    private static Finding above(LabelledFigure figure, BigDecimal mean, int count) {
        String average = Wording.rounded(mean);
        return figure.finding(Severity.WARNING, RULE,
                figure.aboutCyrl() + ": қиймат (" + figure.shown() + ") туманнинг аввалги " + count
                        + " та кўрсаткичи ўртачасидан (" + average + ") 5 баравардан ортиқ; текшириб кўринг",
                figure.aboutEn() + ": the figure (" + figure.shown() + ") is more than five times the district's average of "
                        + count + " earlier figures (" + average + "); please check");
    }

    private static Finding below(LabelledFigure figure, BigDecimal mean, int count) {
        String average = Wording.rounded(mean);
        return figure.finding(Severity.WARNING, RULE,
                figure.aboutCyrl() + ": қиймат (" + figure.shown() + ") туманнинг аввалги " + count
                        + " та кўрсаткичи ўртачасининг (" + average + ") бешдан биридан ҳам кам; текшириб кўринг",
                figure.aboutEn() + ": the figure (" + figure.shown() + ") is less than a fifth of the district's average of "
                        + count + " earlier figures (" + average + "); please check");
    }
}
