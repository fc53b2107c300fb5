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
                "1'200|1200",
                "1\u2019200|1200",
                "1'234'567|1234567",
                "1.234.567|1234567",
                "1,234,567|1234567",
                "1.234.567,5|1234567.5",
                "1.200,5|1200.5",
                "1'200.5|1200.5",
                "1'200 экз.|1200",
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
    class UnitWordsAfterTheFigure {

        @ParameterizedTest(name = "«{0}» -> {1}")
        @CsvSource(delimiter = '|', value = {
                "40 нусхада|40", "40 нусхаси|40", "40 нусхалар|40", "40 нусхаларда|40", "40 nusxada|40", "40 NUSXALARI|40",
                "120 бет|120", "120 бетда|120", "120 bet|120",
                "12 тадбирлар|12", "12 tadbirlar|12", "12 тадбир|12",
                "15 тадан|15", "15 tasi|15", "15-та|15",
                "7 донаси|7", "7 dona|7",
                "3 киши|3", "3 kishilar|3",
                "2 марта|2", "2 marta|2",
                "5 ном|5", "5 nomda|5", "5 номлари|5",
                "10 китоб|10", "10 kitoblar|10", "10 китобни|10",
                "25 ўқувчи|25", "25 ўқувчилар|25", "25 oʻquvchi|25", "25 o'quvchi|25", "25 o`quvchi|25", "25 o\u2019quvchi|25",
                "25 o\u2018quvchi|25", "25 укувчи|25",
                "15 экз.|15", "15 экз|15", "15 экземпляр|15", "15 экземпляров|15", "15 экземпляра|15", "15 Экз.|15",
                "15 шт.|15", "15 штук|15", "15 ед.|15", "15 единиц|15", "15 чел.|15", "15 человек|15",
                "120 стр.|120", "120 страниц|120", "2 раз|2", "2 раза|2", "5 наим.|5", "5 наименований|5",
                "15нусха|15", "1 200 нусхада|1200", "1.234.567 экз.|1234567",
        })
        void givenACounterWordOrUnitAfterTheFigure_whenRead_thenTheFigureMarkedChanged(String typed, String expected) {
            Reading reading = text(typed);
            assertThat(reading.outcome()).isEqualTo(Outcome.NUMBER);
            assertThat(reading.value().toPlainString()).isEqualTo(expected);
            assertThat(reading.changed()).isTrue();
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"40 нусха 5", "нусха 40", "12 abc", "15 тадбиркор", "15 экзамен", "15 betlar bor", "15 нусха-да",
                "15 та 3", "экз. 15", "15 ..", "15 раздел"})
        void givenAWordThatIsNoUnitOrNotAfterTheFigure_whenRead_thenNotANumber(String typed) {
            assertThat(text(typed).outcome()).isEqualTo(Outcome.NOT_A_NUMBER);
        }
    }

    @Nested
    class LonePointOrComma {

        @ParameterizedTest(name = "«{0}» -> {1}")
        @CsvSource(delimiter = '|', value = {"1.200|1200", "1,200|1200", "12.500|12500", "123,456|123456", "-1,200|-1200",
                "1,200 нусха|1200"})
        void givenAWholeNumberMeasure_whenRead_thenThousandsForOneAndAFractionCannotBeMeant(String typed, String expected) {
            Reading reading = NumberText.read(typed, false, true);
            assertThat(reading.value().toPlainString()).isEqualTo(expected);
            assertThat(reading.changed()).isTrue();
            assertThat(reading.isAmbiguous()).isFalse();
            assertThat(reading.loneMark()).isNotNull();
            assertThat(reading.loneMark().mark()).isEqualTo(typed.contains(",") ? ',' : '.');
        }

        @ParameterizedTest(name = "«{0}» -> {1} or {2}")
        @CsvSource(delimiter = '|', value = {"1.200|1.2|1200", "1,200|1.2|1200", "12,345|12.345|12345", "1,200 мб|1.2|1200"})
        void givenAMeasureThatMayBeFractional_whenRead_thenTheDecimalReadingWithTheOtherKept(String typed, String taken,
                String other) {
            Reading reading = NumberText.read(typed, false, false);
            assertThat(reading.value().toPlainString()).isEqualTo(taken);
            assertThat(reading.isAmbiguous()).isTrue();
            assertThat(reading.loneMark().other().toPlainString()).isEqualTo(other);
            assertThat(text(typed).isAmbiguous()).as("a measure not said is taken as one that may be fractional").isTrue();
        }

        @ParameterizedTest(name = "«{0}» -> {1}")
        @CsvSource(delimiter = '|', value = {"0,500|0.5", "0.500|0.5", "1,5|1.5", "1,25|1.25", "1,2345|1.2345", "1200,500|1200.5",
                "1,200,000|1200000", "1,200.5|1200.5"})
        void givenAMarkThatCanOnlyBeOneThing_whenRead_thenNoDoubtWhateverTheMeasure(String typed, String expected) {
            for (boolean wholeNumbers : new boolean[] {true, false}) {
                Reading reading = NumberText.read(typed, false, wholeNumbers);
                assertThat(reading.value().toPlainString()).isEqualTo(expected);
                assertThat(reading.loneMark()).isNull();
            }
        }

        @Test
        void givenANumericCell_whenRead_thenNeverReinterpreted() {
            Reading reading = NumberText.read("1.2", true, true);
            assertThat(reading.value().toPlainString()).isEqualTo("1.2");
            assertThat(reading.loneMark()).isNull();
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
        @ValueSource(strings = {"abc", "ўн беш", "12/340", "1 2", "12 34", "1.2.3", "1.23.4", "1'20", "1'2000", "1.200.5",
                "1,200,5", "1'200'00", "1'200,000.5", "1.234,567.8", "1 234.567.890", "1,23,456", "15%", "--", "1e999999999",
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
