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

    @Test
    void givenTextLongerThanACellHolds_whenCut_thenItEndsInAnEllipsisAtExcelsLimit() {
        String quoted = "Ҳ".repeat(11_000);
        String message = quoted + quoted + quoted + " 😀";

        String cut = SpreadsheetText.cut(message);

        assertThat(cut).hasSize(SpreadsheetText.CELL_LIMIT).endsWith("Ҳ…");
        assertThat(SpreadsheetText.cut("short")).isEqualTo("short");
        assertThat(SpreadsheetText.cut(null)).isNull();
    }

    @Test
    void givenACutThatWouldSplitASurrogatePair_whenCut_thenTheWholeCharacterGoes() {
        String text = "x".repeat(SpreadsheetText.CELL_LIMIT - 2) + "😀😀";

        String cut = SpreadsheetText.cut(text);

        assertThat(cut).endsWith("x…").hasSize(SpreadsheetText.CELL_LIMIT - 1);
        assertThat(SpreadsheetText.cell("=" + "a".repeat(40_000))).startsWith("'=").hasSize(SpreadsheetText.CELL_LIMIT);
    }
}
