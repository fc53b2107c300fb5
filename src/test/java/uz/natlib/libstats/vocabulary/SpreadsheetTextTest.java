package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void givenTextAFormulaCouldStartWith_whenNeutralised_thenItIsPrefixedWithAnApostrophe() {
        assertThat(SpreadsheetText.neutralised("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.neutralised("+1+2")).isEqualTo("'+1+2");
        assertThat(SpreadsheetText.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void givenPlainTextOrANumber_whenNeutralised_thenItIsUnchanged() {
        assertThat(SpreadsheetText.neutralised("-5")).isEqualTo("-5");
        assertThat(SpreadsheetText.neutralised("+12,5")).isEqualTo("+12,5");
        assertThat(SpreadsheetText.neutralised("1 200")).isEqualTo("1 200");
        assertThat(SpreadsheetText.neutralised("Ҳисобот!F12")).isEqualTo("Ҳисобот!F12");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isNull();
    }
}
