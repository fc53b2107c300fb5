package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTest {

    @ParameterizedTest(name = "«{0}»")
    @CsvSource({"cyrl, CYRL", "latn, LATN", "' LATN ', LATN"})
    void givenACode_whenRead_thenTheScript(String code, Script script) {
        assertThat(Script.of(code)).isEqualTo(script);
    }

    @Test
    void givenEachScript_whenCoded_thenTheLowerCaseCodeFilesAndTheDatabaseUse() {
        assertThat(Script.CYRL.code()).isEqualTo("cyrl");
        assertThat(Script.LATN.code()).isEqualTo("latn");
    }

    @Test
    void givenAnUnknownCode_whenRead_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Script.of("en"));
    }

    @Test
    void givenCyrillicText_whenWrittenInEachScript_thenAsIsOrTransliterated() {
        assertThat(Script.CYRL.text("Жондор тумани")).isEqualTo("Жондор тумани");
        assertThat(Script.LATN.text("Жондор тумани")).isEqualTo("Jondor tumani");
        assertThat(Script.LATN.text(null)).isNull();
    }

    @Test
    void givenBothStoredSpellings_whenPicked_thenTheScriptsOwnOrTheTransliterationWhenLatinIsMissing() {
        assertThat(Script.CYRL.pick("Ғиждувон", "Gʻijduvon")).isEqualTo("Ғиждувон");
        assertThat(Script.LATN.pick("Ғиждувон", "G'ijduvon")).isEqualTo("G'ijduvon");
        assertThat(Script.LATN.pick("Ғиждувон", " ")).isEqualTo("Gʻijduvon");
        assertThat(Script.LATN.pick("Ғиждувон", null)).isEqualTo("Gʻijduvon");
    }
}
