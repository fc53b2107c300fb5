package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.earlier;
import static uz.natlib.libstats.validation.Returns.plan;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class StockJumpTest {

    private final StockJump rule = new StockJump();

    private static History collectionInQ1(String copies) {
        return earlier().figure("2021Q1", "1.1", "copies", copies).history();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2000, 2600",   // +30%
            "2000, 1100",   // -45%
            "8, 16",        // doubled, but by 8 only
            "20, 30",       // +50% exactly, not more
    })
    void givenAStockThatMovedModerately_whenChecked_thenNoFinding(String before, String now) {
        assertThat(rule.check(quarter(2, value("1.1", "copies", now, "H12")), collectionInQ1(before))).isEmpty();
    }

    @Test
    void givenAFlowThatTripled_whenChecked_thenNotThisRulesConcern() {
        History history = earlier().figure("2021Q1", "5.1", "visits", "1000").history();

        assertThat(rule.check(quarter(2, value("5.1", "visits", "3000", "F50")), history)).isEmpty();
    }

    @Test
    void givenNoFigureForLastQuarter_whenChecked_thenNothingToCompare() {
        History history = earlier().figure("2020Q4", "1.1", "copies", "10").history();

        assertThat(rule.check(quarter(3, value("1.1", "copies", "5000", "H12")), history)).isEmpty();
    }

    @Test
    void givenAPlan_whenChecked_thenHistoryIsNotConsulted() {
        assertThat(rule.check(plan(value("10.10", "count", "70", "K60")),
                earlier().figure("2021Q4", "10.10", "count", "7").history())).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenTheCollectionMoreThanDoubled_whenChecked_thenAWarningWithLastQuartersFigureAndTheChange() {
            assertThat(rule.check(quarter(2, value("1.1", "copies", "5000", "H12")), collectionInQ1("2000")))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.rule()).isEqualTo(RuleId.STOCK_JUMP);
                        assertThat(f.cell()).isEqualTo("H12");
                        assertThat(f.valueSeen()).isEqualTo("5000");
                        assertThat(f.message().en()).isEqualTo("H12, row 1.1 «Total collection», copies: the figure (5000)"
                                + " differs sharply from last quarter's (2000, +150%); please check");
                        assertThat(f.message().cyrl()).isEqualTo("H12, 1.1-қатор «Умумий фонд жами», «нусха»: қиймат (5000)"
                                + " олдинги чоракдагидан (2000, +150%) кескин фарқ қилади; текшириб кўринг");
                    });
        }

        @Test
        void givenTheCollectionCutByMoreThanHalf_whenChecked_thenAWarningWithANegativeChange() {
            assertThat(rule.check(quarter(2, value("1.1", "copies", "900", "H12")), collectionInQ1("2000")))
                    .singleElement().satisfies(f -> assertThat(f.message().en()).contains("(2000, -55%)"));
        }

        @Test
        void givenComputersAppearingWhereThereWereNone_whenChecked_thenAWarningWithoutAPercentage() {
            History history = earlier().figure("2021Q2", "10.10", "count", "0").history();

            assertThat(rule.check(quarter(3, value("10.10", "count", "12", "F99")), history))
                    .singleElement().satisfies(f -> assertThat(f.message().en()).contains("from last quarter's (0);"));
        }

        @Test
        void givenTheFirstQuarter_whenChecked_thenComparedWithTheFourthOfLastYear() {
            History history = earlier().figure("2020Q4", "IBX.1", "organisations", "40").history();

            assertThat(rule.check(quarter(1, value("IBX.1", "organisations", "4", "F40")), history))
                    .extracting(Finding::cell).containsExactly("F40");
        }
    }
}
