package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UzbekScriptTest {

    @Nested
    class ToLatin {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "Жондор тумани, Jondor tumani",
                "Ғиждувон, Gʻijduvon",
                "Қоракўл, Qorakoʻl",
                "Шофиркон, Shofirkon",
                "Чорак, Chorak",
                "Ёшлар, Yoshlar",
                "Юнусобод, Yunusobod",
                "Яккасарой, Yakkasaroy",
                "Ўзбекистон, Oʻzbekiston",
                "ЎЗБЕКИСТОН, OʻZBEKISTON",
                "ШАҲАР, SHAHAR",
                "Ер, Yer",
                "мажбурий нусха, majburiy nusxa",
                "оила, oila",
                "Тошкент шаҳри, Toshkent shahri",
                "маъно, maʼno",
                "Янгиер, Yangiyer",
                "ҳужжат, hujjat",
                "цех, sex",
                "акциясини, aksiyasini",
                "CD/DVD дисклар, CD/DVD disklar",
        })
        void givenUzbekCyrillic_whenTransliterated_thenOfficialLatin(String cyrillic, String latin) {
            assertThat(UzbekScript.toLatin(cyrillic)).isEqualTo(latin);
        }
    }

    @Nested
    class Apostrophes {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "G'ijduvon|Gʻijduvon",
                "G`ijduvon|Gʻijduvon",
                "G‘ijduvon|Gʻijduvon",
                "Qorako’l|Qorakoʻl",
                "Ma'rifat|Maʼrifat",
                "Mirzo Ulug'bek|Mirzo Ulugʻbek",
        })
        void givenAnyApostropheVariant_whenNormalised_thenModifierLetters(String typed, String proper) {
            assertThat(UzbekScript.normaliseLatinApostrophes(typed)).isEqualTo(proper);
        }
    }

    @Nested
    class MatchKey {

        @Test
        void givenOneNameInEveryScriptAndApostrophe_whenKeyed_thenAllKeysEqual() {
            String key = UzbekScript.matchKey("Ғиждувон тумани");
            assertThat(UzbekScript.matchKey("G'ijduvon tumani")).isEqualTo(key);
            assertThat(UzbekScript.matchKey("gʻijduvon  TUMANI")).isEqualTo(key);
            assertThat(UzbekScript.matchKey("G‘ijduvon\u00A0tumani")).isEqualTo(key);
        }

        @Test
        void givenDifferentNames_whenKeyed_thenKeysDiffer() {
            assertThat(UzbekScript.matchKey("Kogon")).isNotEqualTo(UzbekScript.matchKey("Kogon tumani"));
        }
    }

    @Nested
    class MixedScripts {

        @Test
        void givenLatinPInsideCyrillicName_whenRepaired_thenPureCyrillic() {
            String repaired = MixedScript.repairCyrillic("Жондоpский район");
            assertThat(repaired).isEqualTo("Жондорский район");
            assertThat(MixedScript.hasLatinLetter(repaired)).isFalse();
        }

        @Test
        void givenCyrillicOInsideLatinName_whenRepaired_thenPureLatin() {
            assertThat(MixedScript.repairLatin("Jоndоr")).isEqualTo("Jondor");
        }
    }
}
