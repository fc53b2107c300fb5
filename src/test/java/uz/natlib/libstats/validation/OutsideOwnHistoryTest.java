package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.earlier;
import static uz.natlib.libstats.validation.Returns.plan;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class OutsideOwnHistoryTest {

    private final OutsideOwnHistory rule = new OutsideOwnHistory();

    /** Visits of two earlier quarters: an average of 110. */
    private static final History VISITS = earlier()
            .figure("2020Q4", "5.1", "visits", "100")
            .figure("2021Q1", "5.1", "visits", "120")
            .history();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"110", "500", "550", "23", "22"})
    void givenAFigureWithinFiveTimesTheDistrictsAverage_whenChecked_thenNoFinding(String now) {
        assertThat(rule.check(quarter(2, value("5.1", "visits", now, "F50")), VISITS)).isEmpty();
    }

    @Test
    void givenOnlyOneEarlierFigure_whenChecked_thenTooLittleHistoryToJudge() {
        History history = earlier().figure("2021Q1", "5.1", "visits", "10").history();

        assertThat(rule.check(quarter(2, value("5.1", "visits", "900", "F50")), history)).isEmpty();
    }

    @Test
    void givenSmallFigures_whenTheyDifferByTwentyOrLess_thenNoFinding() {
        History history = earlier().figure("2020Q4", "5.8", "count", "2").figure("2021Q1", "5.8", "count", "4").history();

        assertThat(rule.check(quarter(2, value("5.8", "count", "23", "F80")), history)).isEmpty();
    }

    @Test
    void givenAPlan_whenChecked_thenHistoryIsNotConsulted() {
        // Telegram posts bear a plan (5.1 visits do not, so a plan never holds them); 9000 would be far outside a return's history.
        History posts = earlier().figure("2020Q4", "10.7", "posts", "100").figure("2021Q1", "10.7", "posts", "120").history();
        assertThat(rule.check(quarter(2, value("10.7", "posts", "9000", "F54")), posts)).isNotEmpty();
        assertThat(rule.check(plan(value("10.7", "posts", "9000", "K54")), posts)).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenMoreThanFiveTimesTheAverage_whenChecked_thenAWarningWithTheAverage() {
            assertThat(rule.check(quarter(2, value("5.1", "visits", "900", "F50")), VISITS))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.rule()).isEqualTo(RuleId.OUTSIDE_OWN_HISTORY);
                        assertThat(f.cell()).isEqualTo("F50");
                        assertThat(f.valueSeen()).isEqualTo("900");
                        assertThat(f.message().en()).isEqualTo("F50, row 5.1 «Visits, total», visits: the figure (900) is"
                                + " more than five times the district's average of 2 earlier figures (110); please check");
                        assertThat(f.message().cyrl()).isEqualTo("F50, 5.1-қатор «Китобхоналар қатнови - Жами», «қатнов»:"
                                + " қиймат (900) туманнинг аввалги 2 та кўрсаткичи ўртачасидан (110) 5 баравардан ортиқ;"
                                + " текшириб кўринг");
                    });
        }

        @Test
        void givenLessThanAFifthOfTheAverage_whenChecked_thenAWarningThatItIsFarBelow() {
            assertThat(rule.check(quarter(2, value("5.1", "visits", "21", "F50")), VISITS))
                    .singleElement().satisfies(f -> {
                        assertThat(f.message().en()).contains("is less than a fifth of the district's average of 2 earlier"
                                + " figures (110)");
                        assertThat(f.message().cyrl()).contains("ўртачасининг (110) бешдан биридан ҳам кам");
                    });
        }

        @Test
        void givenAFractionalAverage_whenReported_thenRoundedToOneDecimal() {
            History history = earlier().figure("2020Q3", "5.1", "visits", "10").figure("2020Q4", "5.1", "visits", "10")
                    .figure("2021Q1", "5.1", "visits", "12").history();

            assertThat(rule.check(quarter(2, value("5.1", "visits", "100", "F50")), history))
                    .singleElement().satisfies(f -> assertThat(f.message().en()).contains("of 3 earlier figures (10.7)"));
        }
    }
}
