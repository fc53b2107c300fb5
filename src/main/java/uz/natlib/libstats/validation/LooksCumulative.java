package uz.natlib.libstats.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Wording;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A common mistake is to report the year so far instead of the quarter: then almost every flow
 * grows against last quarter, typically about doubling in Q2. One such figure means nothing, so
 * the rule looks at the file as a whole and speaks once. Q1 is skipped: its previous quarter is in
 * another year, where running totals start again.
 */
@Component
public class LooksCumulative implements ValidationRule {

    public static final RuleId RULE = RuleId.LOOKS_CUMULATIVE;

    private static final int MIN_FIGURES = 8;
    private static final BigDecimal MIN_SHARE_NOT_LOWER = new BigDecimal("0.8");
    private static final BigDecimal MIN_MEDIAN_RATIO = new BigDecimal("1.8");

    @Override
    public boolean comparesWithHistory() {
        return true;
    }

    @Override
    public List<Finding> check(SubmissionData data, History history) {
        if (data.kind() != SubmissionKind.RETURN || data.quarter() == null || data.quarter() < 2) {
            return List.of();
        }
        List<BigDecimal> ratios = new ArrayList<>();
        for (LabelledFigure figure : LabelledFigure.of(data)) {
            if (figure.indicator().aggregation() != Indicator.Aggregation.FLOW) {
                continue;
            }
            Optional<BigDecimal> previous = history.previousQuarter(data.year(), data.quarter(), figure.key());
            if (previous.isPresent() && previous.get().signum() > 0) {
                ratios.add(figure.value().divide(previous.get(), MathContext.DECIMAL64));
            }
        }
        if (ratios.size() < MIN_FIGURES) {
            return List.of();
        }
        long notLower = ratios.stream().filter(r -> r.compareTo(BigDecimal.ONE) >= 0).count();
        BigDecimal median = median(ratios);
        boolean mostlyNotLower = BigDecimal.valueOf(notLower)
                .compareTo(MIN_SHARE_NOT_LOWER.multiply(BigDecimal.valueOf(ratios.size()))) >= 0;
        if (!mostlyNotLower || median.compareTo(MIN_MEDIAN_RATIO) < 0) {
            return List.of();
        }
        return List.of(finding(data.quarter(), ratios.size(), notLower, median));
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static Finding finding(int quarter, int count, long notLower, BigDecimal median) {
        String times = Wording.rounded(median);
        return Finding.warning(RULE, null, null, null, Message.of(
                "Кўрсаткичлар йил бошидан жамлаб ёзилганга ўхшайди: олдинги чоракда ҳам киритилган " + count
                        + " та кўрсаткичдан " + notLower + " таси камаймаган, медиана бўйича эса олдинги чоракдагидан " + times
                        + " баравар кўп. Фақат " + quarter + "-чоракнинг ўзидаги натижаларни киритинг",
                "The figures look cumulative (year to date): of " + count + " figures also reported last quarter, "
                        + notLower + " did not go down and the median is " + times + " times last quarter's. Enter the results of"
                        + " quarter " + quarter + " alone"));
    }
}
