package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.plan;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class NegativeValueTest {

    private final NegativeValue rule = new NegativeValue();

    @Test
    void givenZeroAndPositiveFigures_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(2, value("1.2", "titles", "0", "F14"), value("1.2", "copies", "340", "H14"),
                value("10.2", "megabytes", "0.5", "J90")), History.NONE)).isEmpty();
    }

    @Test
    void givenAFigureOfACodeTheCatalogueLacks_whenChecked_thenLeftToNormalisation() {
        assertThat(rule.check(quarter(2, value("3.1", "count", "-4", "F20")), History.NONE)).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenNegativeCopies_whenChecked_thenAnErrorOnThatCellNamingRowAndMeasure() {
            assertThat(rule.check(quarter(2, value("1.2", "titles", "4", "F14"), value("1.2", "copies", "-5", "H14")),
                    History.NONE)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.NEGATIVE_VALUE);
                assertThat(f.sheet()).isEqualTo(Returns.SHEET);
                assertThat(f.cell()).isEqualTo("H14");
                assertThat(f.valueSeen()).isEqualTo("-5");
                assertThat(f.message().en()).isEqualTo("H14, row 1.2 «Purchased or subscribed from the year's budget, total»,"
                        + " copies: the figure (-5) cannot be negative");
                assertThat(f.message().cyrl()).isEqualTo("H14, 1.2-қатор «Китоб ва китоб маҳсулотларига 2021 йил учун ажратилган"
                        + " смета…», «нусха»: қиймат (-5) манфий бўлиши мумкин эмас");
                assertThat(f.message().latn()).endsWith("«nusxa»: qiymat (-5) manfiy boʻlishi mumkin emas");
            });
        }

        @Test
        void givenNegativeFiguresInAPlan_whenChecked_thenEachIsAnError() {
            assertThat(rule.check(plan(value("10.3", "readers", "-1", "K50"), value("10.7", "posts", "-0.5", "K54")),
                    History.NONE)).extracting(Finding::cell).containsExactly("K50", "K54");
        }
    }
}
