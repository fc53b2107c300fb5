package uz.natlib.libstats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;

/**
 * The Java side of the consolidation, checked against figures worked out by hand: like-for-like
 * fulfilment and its rounding to one decimal (half up), the "new" link to the previous year, the
 * due dates that decide on time or late, and the list of years a job carries.
 */
class ConsolidationFiguresMutationTest {

    private static ConsolidatedFigure figure(String matchedValue, String matchedPlan, String lineage) {
        return new ConsolidatedFigure("1706", "Бухоро вилояти", "Buxoro viloyati", "region", 0, 2021, 4, "ytd", 1, "5.1",
                "5.1", "V", "Хизмат", "Xizmat", "Ташрифлар", "Tashriflar", null, 0, "visits", "ташриф", "tashrif",
                false, BigDecimal.TEN, 3, 3, BigDecimal.ONE, null, 1, big(matchedValue), big(matchedPlan), 1, 0, false,
                lineage);
    }

    private static BigDecimal big(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void givenMatchedFigureAndPlan_whenFulfilment_thenPercentOfThePlanToOneDecimalRoundedHalfUp() {
        // 37 of 100 -> 37.0; 1 of 3 -> 33.333 -> 33.3; 2 of 3 -> 66.666 -> 66.7; 1 of 16 -> 6.25 -> 6.3 (half up)
        assertThat(figure("37", "100", null).fulfilmentPct()).isEqualByComparingTo("37.0");
        assertThat(figure("1", "3", null).fulfilmentPct()).isEqualTo(new BigDecimal("33.3"));
        assertThat(figure("2", "3", null).fulfilmentPct()).isEqualTo(new BigDecimal("66.7"));
        assertThat(figure("1", "16", null).fulfilmentPct()).isEqualTo(new BigDecimal("6.3"));
        // a fraction of a percent is kept, not truncated to a whole percent: 1 234 of 3 000 -> 41.133 -> 41.1
        assertThat(figure("1234", "3000", null).fulfilmentPct()).isEqualTo(new BigDecimal("41.1"));
        // above the plan: 450 of 300 -> 150.0
        assertThat(figure("450", "300", null).fulfilmentPct()).isEqualTo(new BigDecimal("150.0"));
    }

    @Test
    void givenNoMatchedFigureOrPlanOrAZeroPlan_whenFulfilment_thenNone() {
        assertThat(figure(null, "100", null).fulfilmentPct()).isNull();
        assertThat(figure("37", null, null).fulfilmentPct()).isNull();
        assertThat(figure("37", "0", null).fulfilmentPct()).isNull();
        assertThat(figure("0", "5", null).fulfilmentPct()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void givenTheLinkToThePreviousYear_whenAskedIfNew_thenOnlyTheNewLinkIs() {
        assertThat(figure("1", "1", "new").isNew()).isTrue();
        assertThat(figure("1", "1", null).isNew()).isFalse();
        assertThat(figure("1", "1", "split").isNew()).isFalse();
        assertThat(figure("1", "1", "same").isNew()).isFalse();
    }

    @Test
    void givenTheDefaultTenDays_whenDueDates_thenTenDaysAfterEachQuarterEnds() {
        ReturnDueProperties due = new ReturnDueProperties(null);

        assertThat(due.daysAfterQuarter()).isEqualTo(10);
        assertThat(due.dueDates(2021)).containsExactly(LocalDate.of(2021, 4, 10), LocalDate.of(2021, 7, 10),
                LocalDate.of(2021, 10, 10), LocalDate.of(2022, 1, 10));
    }

    @Test
    void givenOtherDays_whenDueDates_thenCountedFromTheQuartersLastDay() {
        // Q1 ends 31 March, Q2 30 June, Q3 30 September, Q4 31 December
        assertThat(new ReturnDueProperties(0).dueDates(2024)).containsExactly(LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31));
        assertThat(new ReturnDueProperties(1).dueDates(2022)).containsExactly(LocalDate.of(2022, 4, 1),
                LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 1), LocalDate.of(2023, 1, 1));
    }

    @Test
    void givenYearsAsAJobParameter_whenParsedAndFormatted_thenTheSameYears() {
        assertThat(YearList.parse(null)).isEmpty();
        assertThat(YearList.parse("")).isEmpty();
        assertThat(YearList.parse("  ")).isEmpty();
        assertThat(YearList.parse("2021")).containsExactly(2021);
        assertThat(YearList.parse("2021, 2022,,")).containsExactly(2021, 2022);
        assertThat(YearList.format(List.of(2021, 2022))).isEqualTo("2021,2022");
        assertThat(YearList.format(List.of())).isEmpty();
    }
}
