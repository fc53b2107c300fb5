package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.plan;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class LooksCumulativeTest {

    private final LooksCumulative rule = new LooksCumulative();

    /** Flow rows with one measure each: visits by department, events by kind. */
    private static final List<String[]> FLOWS = List.of(
            new String[] {"5.1", "visits"}, new String[] {"5.1.01", "visits"}, new String[] {"5.1.02", "visits"},
            new String[] {"5.1.03", "visits"}, new String[] {"5.1.04", "visits"}, new String[] {"5.1.05", "visits"},
            new String[] {"5.1.06", "visits"}, new String[] {"5.1.07", "visits"}, new String[] {"5.4", "events"},
            new String[] {"5.4.01", "events"});

    private final Returns.Earlier earlier = Returns.earlier();
    private final List<ReportedValue> now = new ArrayList<>();

    /** Flow row {@code index} reported 10 last quarter ({@code 2021Q<quarter - 1>}) and 10 × ratio now. */
    private void flow(int quarter, int index, String ratio) {
        String[] row = FLOWS.get(index);
        earlier.figure("2021Q" + (quarter - 1), row[0], row[1], "10");
        now.add(value(row[0], row[1], new BigDecimal(ratio).multiply(BigDecimal.TEN).toPlainString(), "F" + (50 + index)));
    }

    private List<Finding> check(int quarter, String... ratios) {
        for (int i = 0; i < ratios.length; i++) {
            flow(quarter, i, ratios[i]);
        }
        return rule.check(quarter(quarter, now), earlier.history());
    }

    @Test
    void givenFiguresOfAQuarterGrowingModestly_whenChecked_thenNoFinding() {
        assertThat(check(2, "1.1", "1.2", "1.5", "1.3", "1.0", "1.6", "1.4", "1.2", "1.1", "1.5")).isEmpty();
    }

    @Test
    void givenOnlySevenComparableFigures_whenAllDoubled_thenTooFewToJudge() {
        assertThat(check(2, "2", "2", "2", "2", "2", "2", "2")).isEmpty();
    }

    @Test
    void givenAHighMedianButOnlySeventyPercentNotLower_whenChecked_thenNoFinding() {
        assertThat(check(3, "3", "3", "3", "3", "3", "3", "3", "0.5", "0.5", "0.5")).isEmpty();
    }

    @Test
    void givenTheFirstQuarter_whenFiguresDoubledAgainstLastYearsFourth_thenNotCumulativeForTotalsStartAgain() {
        List<ReportedValue> values = new ArrayList<>();
        Returns.Earlier q4 = Returns.earlier();
        for (int i = 0; i < FLOWS.size(); i++) {
            q4.figure("2020Q4", FLOWS.get(i)[0], FLOWS.get(i)[1], "10");
            values.add(value(FLOWS.get(i)[0], FLOWS.get(i)[1], "20", "F" + (50 + i)));
        }
        assertThat(rule.check(quarter(1, values), q4.history())).isEmpty();
    }

    @Test
    void givenStocksThatDoubled_whenChecked_thenNotCountedForStocksAreNotSummed() {
        Returns.Earlier q1 = Returns.earlier();
        List<ReportedValue> values = new ArrayList<>();
        String[] stocks = {"1.1.01", "1.1.02", "1.1.03", "1.1.04"};
        for (int i = 0; i < stocks.length; i++) {
            for (String measure : List.of("titles", "copies")) {
                q1.figure("2021Q1", stocks[i], measure, "10");
                values.add(value(stocks[i], measure, "20", "F" + i));
            }
        }
        q1.figure("2021Q1", "1.1", "titles", "10").figure("2021Q1", "1.1", "copies", "10");
        values.add(value("1.1", "titles", "20", "F10"));
        values.add(value("1.1", "copies", "20", "H10"));

        assertThat(rule.check(quarter(2, values), q1.history())).isEmpty();
    }

    @Test
    void givenAPlan_whenChecked_thenHistoryIsNotConsulted() {
        for (int i = 0; i < FLOWS.size(); i++) {
            flow(2, i, "2");
        }
        assertThat(rule.check(plan(now.toArray(ReportedValue[]::new)), earlier.history())).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenTenFiguresAllAboutDoubled_whenChecked_thenOneWarningForTheWholeFile() {
            assertThat(check(2, "2", "2", "1.9", "2.1", "2", "1.8", "2.5", "2", "2", "2.2")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.rule()).isEqualTo(RuleId.LOOKS_CUMULATIVE);
                assertThat(f.sheet()).isNull();
                assertThat(f.cell()).isNull();
                assertThat(f.message().en()).isEqualTo("The figures look cumulative (year to date): of 10 figures also"
                        + " reported last quarter, 10 did not go down and the median is 2 times last quarter's. Enter the"
                        + " results of quarter 2 alone");
                assertThat(f.message().cyrl()).isEqualTo("Кўрсаткичлар йил бошидан жамлаб ёзилганга ўхшайди: олдинги"
                        + " чоракда ҳам киритилган 10 та кўрсаткичдан 10 таси камаймаган, медиана бўйича эса олдинги"
                        + " чоракдагидан 2 баравар кўп. Фақат 2-чоракнинг ўзидаги натижаларни киритинг");
            });
        }

        @Test
        void givenExactlyEightOfTenNotLowerAndAMedianOfOnePointEight_whenChecked_thenAWarning() {
            assertThat(check(4, "1.8", "1.8", "1.8", "1.8", "1.8", "1.8", "1.8", "1.8", "0.9", "0.9"))
                    .extracting(Finding::rule).containsExactly(RuleId.LOOKS_CUMULATIVE);
        }

        @Test
        void givenFiguresWhoseLastQuarterWasZero_whenChecked_thenLeftOutOfTheCount() {
            earlier.figure("2021Q1", "5.4.02", "events", "0");
            now.add(value("5.4.02", "events", "0", "F70"));

            assertThat(check(2, "2", "2", "2", "2", "2", "2", "2", "2")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("of 8 figures also reported last quarter"));
        }
    }
}
