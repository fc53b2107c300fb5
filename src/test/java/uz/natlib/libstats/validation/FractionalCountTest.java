package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class FractionalCountTest {

    private final FractionalCount rule = new FractionalCount();

    @Test
    void givenFractionalMegabytes_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(3, value("10.2", "megabytes", "34.5", "J90")), History.NONE)).isEmpty();
    }

    @Test
    void givenAWholeNumberWrittenWithZeroDecimals_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(3, value("1.2", "copies", "12.00", "H14")), History.NONE)).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenFractionalCopies_whenChecked_thenAnErrorAskingForAWholeNumber() {
            assertThat(rule.check(quarter(3, value("1.2.02", "copies", "2.5", "H16")), History.NONE))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.rule()).isEqualTo(RuleId.FRACTIONAL_COUNT);
                        assertThat(f.cell()).isEqualTo("H16");
                        assertThat(f.valueSeen()).isEqualTo("2.5");
                        assertThat(f.message().en()).isEqualTo(
                                "H16, row 1.2.02 «Journals», copies: the figure (2.5) must be a whole number");
                        assertThat(f.message().cyrl()).isEqualTo(
                                "H16, 1.2.02-қатор «журналлар», «нусха»: қиймат (2.5) бутун сон бўлиши керак");
                    });
        }

        @Test
        void givenFractionalTitlesBesideFractionalMegabytes_whenChecked_thenOnlyTheTitles() {
            assertThat(rule.check(quarter(3, value("10.2", "titles", "12.5", "H90"), value("10.2", "megabytes", "34.5", "J90")),
                    History.NONE)).extracting(Finding::cell).containsExactly("H90");
        }
    }
}
