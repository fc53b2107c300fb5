package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Nested
    class Codes {

        @Test
        void givenAQuarter_whenCoded_thenYearQAndQuarter() {
            assertThat(Period.ofQuarter(2021, 3).code()).isEqualTo("2021Q3");
            assertThat(Period.ofQuarter(2021, 3)).hasToString("2021Q3");
        }

        @Test
        void givenAYear_whenCoded_thenTheYearAlone() {
            assertThat(Period.ofYear(2021).code()).isEqualTo("2021");
            assertThat(Period.ofYear(2021).isQuarter()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2021", "2021Q1", "2021Q4", "1999Q2"})
        void givenACode_whenParsedAndCodedAgain_thenTheSameCode(String code) {
            assertThat(Period.parse(code).code()).isEqualTo(code);
        }

        @Test
        void givenACodeWithSpacesAround_whenParsed_thenThePeriod() {
            assertThat(Period.parse(" 2021Q2 ")).isEqualTo(Period.ofQuarter(2021, 2));
            assertThat(Period.parse("2021")).isEqualTo(Period.ofYear(2021));
        }
    }

    @Nested
    class Previous {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"2021Q3, 2021Q2", "2021Q2, 2021Q1", "2021Q1, 2020Q4", "2021, 2020"})
        void givenAPeriod_whenPrevious_thenThePeriodJustBefore(String period, String previous) {
            assertThat(Period.parse(period).previous()).isEqualTo(Period.parse(previous));
        }

        @Test
        void givenAQuarter_whenAYearBefore_thenTheSameQuarterOfTheYearBefore() {
            assertThat(Period.ofQuarter(2021, 1).yearBefore()).isEqualTo(Period.ofQuarter(2020, 1));
            assertThat(Period.ofYear(2021).yearBefore()).isEqualTo(Period.ofYear(2020));
        }

        @Test
        void givenAQuarter_whenItsQuartersSoFar_thenFromTheFirstUpToIt() {
            assertThat(Period.ofQuarter(2021, 3).quartersSoFar()).extracting(Period::code)
                    .containsExactly("2021Q1", "2021Q2", "2021Q3");
            assertThat(Period.ofYear(2021).quartersSoFar()).extracting(Period::code)
                    .containsExactly("2021Q1", "2021Q2", "2021Q3", "2021Q4");
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "«{0}»")
        @NullAndEmptySource
        @ValueSource(strings = {"2021Q5", "2021Q0", "2021Q", "2021q3", "21Q3", "20211", "2021-Q3", "Q3 2021", "year"})
        void givenSomethingElse_whenParsed_thenRefused(String code) {
            assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(code)).withMessageContaining("not a period");
        }

        @ParameterizedTest(name = "quarter {0}")
        @ValueSource(ints = {0, 5, -1})
        void givenAQuarterOutsideOneToFour_whenMade_thenRefused(int quarter) {
            assertThatIllegalArgumentException().isThrownBy(() -> Period.ofQuarter(2021, quarter));
        }

        @ParameterizedTest(name = "year {0}")
        @ValueSource(ints = {0, 999, 10000, -2021})
        void givenAYearOfOtherThanFourDigits_whenMade_thenRefused(int year) {
            assertThatIllegalArgumentException().isThrownBy(() -> Period.ofYear(year));
        }
    }
}
