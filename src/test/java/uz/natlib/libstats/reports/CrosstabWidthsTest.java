package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Column pages balanced: the page is 1150 wide, the row header 622, the design's column 46. */
class CrosstabWidthsTest {

    @Test
    void givenFourteenRegions_whenBalanced_thenOnePageOfNarrowerColumns() {
        // 528 / 14 = 37.7: narrower than 46, wider than the narrowest allowed (36)
        assertThat(CrosstabWidths.balanced(1150, 622, 46, 14)).isEqualTo(new CrosstabWidths.Layout(37, 622 + 14 * 37));
    }

    @Test
    void givenFifteenColumns_whenBalanced_thenTwoPagesOfEightAndSeven() {
        // 14 fit at the narrowest, so two pages; 8 a page at up to 1.3 × 46 = 60
        CrosstabWidths.Layout layout = CrosstabWidths.balanced(1150, 622, 46, 15);
        assertThat(layout.cellWidth()).isEqualTo(60);
        assertThat((layout.crosstabWidth() - 622) / layout.cellWidth()).isEqualTo(8);
    }

    @Test
    void givenTwentyTwoColumns_whenBalanced_thenTwoFullPages() {
        CrosstabWidths.Layout layout = CrosstabWidths.balanced(1150, 622, 46, 22);
        assertThat((layout.crosstabWidth() - 622) / layout.cellWidth()).isEqualTo(11);
        assertThat(layout.cellWidth()).isEqualTo(48);
    }

    @Test
    void givenThreeColumns_whenBalanced_thenNoWiderThanTheWidestAllowed() {
        assertThat(CrosstabWidths.balanced(1150, 622, 46, 3).cellWidth()).isEqualTo(60);
    }
}
