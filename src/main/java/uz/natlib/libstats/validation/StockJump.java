package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A stock (the collection, clubs, computers in service) moves slowly: a change of more than half
 * since last quarter is worth a second look. Small stocks move by a few units without meaning
 * anything, hence the absolute threshold as well. A warning: a library may really have merged.
 */
@Component
public class StockJump implements ValidationRule {

    public static final RuleId RULE = RuleId.STOCK_JUMP;

    private static final BigDecimal MIN_CHANGE = BigDecimal.TEN;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public boolean comparesWithHistory() {
        return true;
    }

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        if (data.kind() != SubmissionKind.RETURN || data.quarter() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (LabelledFigure figure : LabelledFigure.of(data)) {
            if (figure.indicator().aggregation() != Indicator.Aggregation.STOCK) {
                continue;
            }
            Optional<BigDecimal> previous = history.previousQuarter(data.year(), data.quarter(), figure.key());
            if (previous.isPresent() && jumps(previous.get(), figure.value())) {
                findings.add(finding(figure, previous.get()));
            }
        }
        return findings;
    }

    private static boolean jumps(BigDecimal previous, BigDecimal current) {
        BigDecimal change = current.subtract(previous).abs();
        return change.compareTo(MIN_CHANGE) > 0 && change.compareTo(previous.abs().multiply(HALF)) > 0;
    }

    private static Finding finding(LabelledFigure figure, BigDecimal previous) {
        String before = Wording.number(previous) + percent(previous, figure.value());
        return figure.finding(Severity.WARNING, RULE,
                figure.aboutCyrl() + ": қиймат (" + figure.shown() + ") олдинги чоракдагидан (" + before
                        + ") кескин фарқ қилади; текшириб кўринг",
                figure.aboutEn() + ": the figure (" + figure.shown() + ") differs sharply from last quarter's ("
                        + before + "); please check");
    }

    /** ", +150%": the change as people read it; nothing when there was nothing before. */
    private static String percent(BigDecimal previous, BigDecimal current) {
        if (previous.signum() == 0) {
            return "";
        }
        BigDecimal change = current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), MathContext.DECIMAL64);
        return ", " + (change.signum() > 0 ? "+" : "") + Wording.number(change.setScale(0, RoundingMode.HALF_UP)) + "%";
    }
}
