package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownTextTest {

    @Test
    void givenPlainTextInAnyScript_whenShown_thenItIsUnchanged() {
        assertThat(ShownText.of("Жондор тумани — Q1 (2021).xlsx")).isEqualTo("Жондор тумани — Q1 (2021).xlsx");
        assertThat(ShownText.of(null)).isNull();
    }

    @Test
    void givenANewlineInAName_whenShown_thenItCannotStartALineOfItsOwn() {
        String shown = ShownText.of("a.xlsx\nOutcome: ACCEPTED\r\n");

        assertThat(shown).isEqualTo("a.xlsx\\u000AOutcome: ACCEPTED\\u000D\\u000A").doesNotContain("\n", "\r");
    }

    @Test
    void givenBidiOverridesAndOtherControls_whenShown_thenEachIsWrittenAsItsCode() {
        assertThat(ShownText.of("invoice\u202Egpj.exe")).isEqualTo("invoice\\u202Egpj.exe");
        assertThat(ShownText.of("\u2066x\u2069\u200F\u061C\u0000\t\u007F"))
                .isEqualTo("\\u2066x\\u2069\\u200F\\u061C\\u0000\\u0009\\u007F");
    }
}
