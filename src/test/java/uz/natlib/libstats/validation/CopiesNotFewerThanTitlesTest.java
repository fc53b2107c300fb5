package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class CopiesNotFewerThanTitlesTest {

    private final CopiesNotFewerThanTitles rule = new CopiesNotFewerThanTitles();

    @Test
    void givenAsManyCopiesAsTitles_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(1, value("1.2", "titles", "15", "F14"), value("1.2", "copies", "15", "H14")),
                History.NONE)).isEmpty();
    }

    @Test
    void givenOnlyOneOfTheTwo_whenChecked_thenNothingToCompare() {
        assertThat(rule.check(quarter(1, value("1.2", "titles", "15", "F14"), value("1.3", "copies", "3", "H20")),
                History.NONE)).isEmpty();
    }

    @Test
    void givenARowCountingItemsAndCopies_whenCopiesAreFewer_thenNoFindingForItHasNoTitles() {
        assertThat(rule.check(quarter(1, value("6.3", "count", "20", "F70"), value("6.3", "copies", "10", "H70")),
                History.NONE)).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenFewerCopiesThanTitles_whenChecked_thenAnErrorOnTheCopiesCell() {
            assertThat(rule.check(quarter(1, value("1.3", "titles", "15", "F20"), value("1.3", "copies", "12", "H20")),
                    History.NONE)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.COPIES_NOT_FEWER_THAN_TITLES);
                assertThat(f.cell()).isEqualTo("H20");
                assertThat(f.valueSeen()).isEqualTo("12");
                assertThat(f.message().cyrl()).isEqualTo(
                        "H20, 1.3-қатор «Мажбурий нусхалар жами»: нусхалар сони (12) номлар сонидан (15) кам бўлиши мумкин эмас");
                assertThat(f.message().en()).isEqualTo(
                        "H20, row 1.3 «Legal deposit copies received, total»: copies (12) cannot be fewer than titles (15)");
                assertThat(f.message().latn()).isEqualTo(
                        "H20, 1.3-qator «Majburiy nusxalar jami»: nusxalar soni (12) nomlar sonidan (15) kam boʻlishi mumkin emas");
            });
        }

        @Test
        void givenFewerCopiesOnAnOfWhichLine_whenChecked_thenThatLineToo() {
            assertThat(rule.check(quarter(1, value("1.2.01", "titles", "9", "F15"), value("1.2.01", "copies", "8", "H15"),
                    value("1.2.02", "titles", "3", "F16"), value("1.2.02", "copies", "30", "H16")), History.NONE))
                    .extracting(Finding::cell).containsExactly("H15");
        }
    }
}
