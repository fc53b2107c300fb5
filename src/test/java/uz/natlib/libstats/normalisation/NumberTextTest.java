package uz.natlib.libstats.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uz.natlib.libstats.normalisation.NumberText.Outcome;
import uz.natlib.libstats.normalisation.NumberText.Reading;

class NumberTextTest {

    private static Reading text(String typed) {
        return NumberText.read(typed, false);
    }

    @Nested
    class PlainNumbers {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"0", "15", "1200", "-5", "2.5", "0.75"})
        void givenAPlainNumber_whenRead_thenThatNumberUnchanged(String typed) {
            Reading reading = text(typed);
            assertThat(reading.outcome()).isEqualTo(Outcome.NUMBER);
            assertThat(reading.value()).isEqualByComparingTo(typed);
            assertThat(reading.changed()).isFalse();
        }

        @Test
        void givenSurroundingSpaces_whenRead_thenTrimmedWithoutCountingAsAChange() {
            Reading reading = text("  42\u00A0");
            assertThat(reading.value()).isEqualByComparingTo("42");
            assertThat(reading.changed()).isFalse();
        }

        @Test
        void givenANegativeOrFractionalNumber_whenRead_thenKeptForTheRulesToJudge() {
            assertThat(text("-12").value()).isEqualByComparingTo("-12");
            assertThat(text("3.5").value()).isEqualByComparingTo("3.5");
        }
    }

    @Nested
    class AlteredText {

        @ParameterizedTest(name = "«{0}» -> {1}")
        @CsvSource(delimiter = '|', value = {
                "1 200|1200",
                "1\u00A0200|1200",
                "1\u202F200|1200",
                "12 345 678|12345678",
                "1 200,5|1200.5",
                "1200.0|1200",
                "1,5|1.5",
                "0,25|0.25",
                "1,200|1.2",
                "1,200,000|1200000",
                "1,200.5|1200.5",
                "15 та|15",
                "15 ta|15",
                "15та|15",
                "15 нусха|15",
                "15 nusxa|15",
                "7 дона|7",
                "3 нафар|3",
                "1 200 нусха|1200",
                "\u22125|-5",
                "+15|15",
                "007|7",
                "1E3|1000",
        })
        void givenTextAClerkTyped_whenRead_thenTheNumberMeantAndMarkedChanged(String typed, String expected) {
            Reading reading = text(typed);
            assertThat(reading.outcome()).isEqualTo(Outcome.NUMBER);
            assertThat(reading.value()).isEqualByComparingTo(expected);
            assertThat(reading.value().toPlainString()).isEqualTo(expected);
            assertThat(reading.changed()).isTrue();
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"-", "\u2013", "\u2014", "\u2012", "\u2212", " - "})
        void givenALoneDash_whenRead_thenZeroMarkedChanged(String typed) {
            Reading reading = text(typed);
            assertThat(reading.value()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(reading.changed()).isTrue();
        }
    }

    @Nested
    class StoredNumbers {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "3959.7, 3959.7",
                "1.0E3, 1000",
                "1200.0, 1200",
                "0.30000000000000004, 0.3",
                "-2.0, -2",
        })
        void givenANumericCell_whenRead_thenItsRawValueExactlyAndNotAChange(String raw, String expected) {
            Reading reading = NumberText.read(raw, true);
            assertThat(reading.value().toPlainString()).isEqualTo(expected);
            assertThat(reading.changed()).isFalse();
        }
    }

    @Nested
    class NotNumbers {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"", "   ", "\u00A0"})
        void givenAnEmptyCell_whenRead_thenBlankNeverZero(String typed) {
            Reading reading = text(typed);
            assertThat(reading.outcome()).isEqualTo(Outcome.BLANK);
            assertThat(reading.value()).isNull();
        }

        @Test
        void givenNoText_whenRead_thenBlank() {
            assertThat(text(null).outcome()).isEqualTo(Outcome.BLANK);
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"abc", "ўн беш", "15 китоб", "12/340", "1 2", "12 34", "1.2.3", "15%", "--", "1e999999999",
                "1234567890123456789", "бажарилди", "Infinity", "NaN", "0x10"})
        void givenTextThatIsNoFigure_whenRead_thenNotANumber(String typed) {
            assertThat(text(typed).outcome()).isEqualTo(Outcome.NOT_A_NUMBER);
        }

        @Test
        void givenANumericCellWithUnreadableText_whenRead_thenNotANumber() {
            assertThat(NumberText.read("NaN", true).outcome()).isEqualTo(Outcome.NOT_A_NUMBER);
        }
    }
}
