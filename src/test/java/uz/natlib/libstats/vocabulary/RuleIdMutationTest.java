package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.normalisation.ValueKey;

/** Rule codes read back, rule words for clerks, and a submission's values by key and period. */
class RuleIdMutationTest {

    @Test
    void givenEveryRule_whenItsCodeIsReadBack_thenTheSameRuleAndItsWordsAreItsOwn() {
        for (RuleId rule : RuleId.values()) {
            assertThat(RuleId.of(rule.code())).isSameAs(rule);
            assertThat(rule.toString()).isEqualTo(rule.code());
            assertThat(rule.words().en()).isNotBlank();
        }
        assertThat(RuleId.of("NegativeValue")).isEqualTo(RuleId.NEGATIVE_VALUE);
        assertThat(RuleId.NEGATIVE_VALUE.words().en()).isEqualTo("Negative figure");
        assertThat(RuleId.NEGATIVE_VALUE.words().cyrl()).isEqualTo("Манфий сон");
        assertThat(RuleId.NEGATIVE_VALUE.words().latn()).isEqualTo("Manfiy son");
        assertThat(Arrays.stream(RuleId.values()).map(r -> r.words().en()).distinct().count())
                .isEqualTo(RuleId.values().length);
        assertThatThrownBy(() -> RuleId.of("NoSuchRule")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchRule");
    }

    private static ReportedValue value(String indicator, String measure, String value) {
        return new ReportedValue(indicator, measure, new BigDecimal(value), "Ҳисобот", "F12", value);
    }

    @Test
    void givenASubmission_whenValuesLookedUp_thenByIndicatorAndMeasureAndThePeriodCode() {
        SubmissionData data = new SubmissionData(SubmissionKind.RETURN, "1706246", 2021, 3, null,
                List.of(value("1.2", "titles", "12"), value("1.2", "copies", "340"), value("2.1", "titles", "5")),
                List.of());

        assertThat(data.value("1.2", "copies").map(ReportedValue::value)).contains(new BigDecimal("340"));
        assertThat(data.value("1.2", "titles").map(ReportedValue::value)).contains(new BigDecimal("12"));
        assertThat(data.value("2.1", "copies")).isEmpty();
        assertThat(data.value("1.3", "titles")).isEmpty();
        assertThat(data.byKey()).containsOnlyKeys(new ValueKey("1.2", "titles"), new ValueKey("1.2", "copies"),
                new ValueKey("2.1", "titles"));
        assertThat(data.byKey().get(new ValueKey("2.1", "titles")).value()).isEqualByComparingTo("5");
        assertThat(data.periodCode()).isEqualTo("2021Q3");
        assertThat(data.period()).isEqualTo(new Period(2021, 3));
        assertThat(new SubmissionData(SubmissionKind.PLAN, "1706246", 2022, null, null, List.of(), List.of()).periodCode())
                .isEqualTo("2022");
    }
}
