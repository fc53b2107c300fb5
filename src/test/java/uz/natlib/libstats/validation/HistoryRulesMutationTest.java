package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.earlier;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import java.util.List;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

/**
 * A stock's jump at each of its two thresholds alone (more than 10, and more than half the
 * figure before), which rules need history, and the order the validator gives findings.
 */
class HistoryRulesMutationTest {

    private final StockJump rule = new StockJump();

    private List<Finding> jump(String before, String now) {
        return rule.check(quarter(2, value("1.1", "copies", now, "H12")),
                earlier().figure("2021Q1", "1.1", "copies", before).history());
    }

    @Test
    void givenAChangeOfExactlyHalf_whenChecked_thenNoFindingAndOneMoreAFinding() {
        assertThat(jump("100", "150")).isEmpty();   // +50, half of 100: not more than half
        assertThat(jump("100", "50")).isEmpty();    // -50
        assertThat(jump("100", "151")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.STOCK_JUMP);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().en()).contains("(151)", "(100, +51%)");
        });
        assertThat(jump("100", "49")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("(49)", "(100, -51%)"));
    }

    @Test
    void givenAChangeOfExactlyTen_whenChecked_thenNoFindingAndElevenAFinding() {
        assertThat(jump("8", "18")).isEmpty();      // +10: more than half of 8, but not more than 10
        assertThat(jump("8", "19")).hasSize(1);     // +11
    }

    @Test
    void givenTheRules_whenAskedWhetherTheyNeedHistory_thenOnlyTheThreeThatCompareWithIt() {
        assertThat(new StockJump().comparesWithHistory()).isTrue();
        assertThat(new LooksCumulative().comparesWithHistory()).isTrue();
        assertThat(new OutsideOwnHistory().comparesWithHistory()).isTrue();
        assertThat(new NegativeValue().comparesWithHistory()).isFalse();
        assertThat(new FractionalCount().comparesWithHistory()).isFalse();

        Validator validator = new Validator(List.of(new StockJump(), new NegativeValue()));
        var data = quarter(2, value("1.1", "copies", "-5", "H12"));
        var history = earlier().figure("2021Q1", "1.1", "copies", "1000").history();
        assertThat(validator.validateAlone(data)).extracting(Finding::rule).containsExactly(RuleId.NEGATIVE_VALUE);
        assertThat(validator.validateAgainstHistory(data, history)).extracting(Finding::rule)
                .containsExactly(RuleId.STOCK_JUMP);
        assertThat(validator.validateAgainstHistory(data, null)).isEmpty();
    }

    @Test
    void givenFindingsOfBothKinds_whenMerged_thenErrorsFirstAndEachKindInItsOrder() {
        Finding warning1 = Finding.warning(RuleId.STOCK_JUMP, null, "A1", null, Message.of("а", "a"));
        Finding warning2 = Finding.warning(RuleId.OUTSIDE_OWN_HISTORY, null, "A2", null, Message.of("б", "b"));
        Finding error = Finding.error(RuleId.NEGATIVE_VALUE, null, "A3", null, Message.of("в", "c"));

        assertThat(Validator.merge(List.of(warning1), List.of(warning2, error))).containsExactly(error, warning1, warning2);
        assertThat(Validator.merge(List.of(), List.of())).isEmpty();
    }
}
