package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class OfWhichNotAboveTotalTest {

    private final OfWhichNotAboveTotal rule = new OfWhichNotAboveTotal();

    @Test
    void givenEventsOfWhichPartsWithinTheTotal_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(2, value("5.4", "events", "10", "F62"), value("5.4.01", "events", "3", "F63"),
                value("5.4.02", "events", "4", "F64")), History.NONE)).isEmpty();
    }

    @Test
    void givenOverlappingPartsOfTheCollectionAddingUpToMoreThanTheTotal_whenEachIsWithin_thenNoFinding() {
        // Children's literature and textbooks are printed too: a correct 1.1 has parts summing above the total.
        assertThat(rule.check(quarter(2, value("1.1", "copies", "500", "H12"), value("1.1.01", "copies", "450", "H13"),
                value("1.1.02", "copies", "50", "H14"), value("1.1.03", "copies", "200", "H15"),
                value("1.1.04", "copies", "100", "H16")), History.NONE)).isEmpty();
    }

    @Test
    void givenAPartButNoTotal_whenChecked_thenNothingToCompare() {
        assertThat(rule.check(quarter(2, value("5.4.01", "events", "3", "F63")), History.NONE)).isEmpty();
    }

    @Test
    void givenACompleteBreakdown_whenAPartExceedsTheTotal_thenLeftToOfWhichAddsUpToTotal() {
        assertThat(rule.check(quarter(2, value("5.1", "visits", "10", "F50"), value("5.1.01", "visits", "12", "F51")),
                History.NONE)).isEmpty();
    }

    @Test
    void givenTheCdPartOfGiftsCountedInDiscs_whenMoreDiscsThanTheTotalsTitles_thenNoFindingForDiscsAreNotTitles() {
        assertThat(rule.check(quarter(2, value("1.4", "titles", "5", "F30"), value("1.4.05", "discs", "9", "F35")),
                History.NONE)).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenAPartAboveTheTotal_whenChecked_thenAnErrorOnTheTotalsCellNamingThePart() {
            assertThat(rule.check(quarter(2, value("1.1", "titles", "300", "F12"), value("1.1", "copies", "500", "H12"),
                    value("1.1.01", "copies", "600", "H13")), History.NONE)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.rule()).isEqualTo(RuleId.OF_WHICH_NOT_ABOVE_TOTAL);
                assertThat(f.cell()).isEqualTo("H12");
                assertThat(f.valueSeen()).isEqualTo("500");
                assertThat(f.message().en()).isEqualTo("H12, row 1.1 «Total collection», copies: the of-which line"
                        + " 1.1.01 «Printed publications» (600) cannot exceed the total (500)");
                assertThat(f.message().cyrl()).isEqualTo("H12, 1.1-қатор «Умумий фонд жами», «нусха»: «шундан»"
                        + " 1.1.01 «босма нашрлар» (600) жамидан (500) ошмаслиги керак");
            });
        }

        @Test
        void givenTwoPartsAboveTheTotal_whenChecked_thenOneFindingForEach() {
            assertThat(rule.check(quarter(2, value("5.4", "events", "10", "F62"), value("5.4.01", "events", "11", "F63"),
                    value("5.4.02", "events", "4", "F64"), value("5.4.09", "events", "12", "F71")), History.NONE))
                    .extracting(Finding::cell, f -> f.message().en().replaceAll(".*line (\\S+) .*", "$1"))
                    .containsExactly(tuple("F62", "5.4.01"), tuple("F62", "5.4.09"));
        }

        @Test
        void givenTheCdPartOfGiftsWithMoreCopiesThanTheTotal_whenChecked_thenTheCopiesAreCompared() {
            assertThat(rule.check(quarter(2, value("1.4", "copies", "10", "H30"), value("1.4.05", "copies", "20", "H35")),
                    History.NONE)).extracting(Finding::cell).containsExactly("H30");
        }
    }
}
