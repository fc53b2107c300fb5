package uz.natlib.libstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Four-digit years and quarters 1 to 4 at their ends; a cell's text cut at Excel's limit. */
class PeriodBoundsMutationTest {

    @Test
    void givenYearsAtTheEndsOfFourDigits_whenMade_thenAcceptedAndOneBeyondRefused() {
        assertThat(Period.ofYear(1000).code()).isEqualTo("1000");
        assertThat(Period.ofQuarter(9999, 4).code()).isEqualTo("9999Q4");
        assertThatThrownBy(() -> Period.ofYear(999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.ofYear(10000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.ofQuarter(2021, 1).previous()).isEqualTo(Period.ofQuarter(2020, 4));
        assertThatThrownBy(() -> Period.ofQuarter(2021, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.ofQuarter(2021, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTextsAtExcelsCellLimit_whenCut_thenKeptWholeAndOneMoreCutWithAnEllipsis() {
        int limit = SpreadsheetText.CELL_LIMIT;
        String full = "x".repeat(limit);
        assertThat(SpreadsheetText.cut(full)).isSameAs(full);
        String cut = SpreadsheetText.cut(full + "y");
        assertThat(cut).hasSize(limit).endsWith("x…");
        // a pair whose first half would be the last character kept: the whole pair goes
        String emoji = "x".repeat(limit - 2) + "😀" + "yy";
        assertThat(SpreadsheetText.cut(emoji)).isEqualTo("x".repeat(limit - 2) + "…");
        // the pair just before: kept
        String before = "x".repeat(limit - 3) + "😀" + "yyy";
        assertThat(SpreadsheetText.cut(before)).isEqualTo("x".repeat(limit - 3) + "😀" + "…");
        assertThat(SpreadsheetText.cut(null)).isNull();
    }
}
