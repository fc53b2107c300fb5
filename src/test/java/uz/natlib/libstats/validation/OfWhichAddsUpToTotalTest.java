package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Indicator.Aggregation;
import uz.natlib.libstats.catalogue.Indicator.Breakdown;
import uz.natlib.libstats.catalogue.Indicator.Periodicity;
import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.SubmissionKind;

class OfWhichAddsUpToTotalTest {

    private final OfWhichAddsUpToTotal rule = new OfWhichAddsUpToTotal();

    /** Visits: the total in F50 and the seven departments in F51..F57. */
    private static List<ReportedValue> visits(String total, String... departments) {
        List<ReportedValue> values = new ArrayList<>();
        values.add(value("5.1", "visits", total, "F50"));
        for (int i = 0; i < departments.length; i++) {
            if (departments[i] != null) {
                values.add(value("5.1.0" + (i + 1), "visits", departments[i], "F5" + (i + 1)));
            }
        }
        return values;
    }

    @Test
    void givenEveryDepartmentReportedAndAddingUp_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(2, visits("100", "40", "20", "10", "10", "5", "5", "10")), History.NONE)).isEmpty();
    }

    @Test
    void givenSomeDepartmentsBlankAndTheRestWithinTheTotal_whenChecked_thenNoFinding() {
        assertThat(rule.check(quarter(2, visits("100", "40", null, "10", null, "5", null, null)), History.NONE)).isEmpty();
    }

    @Test
    void givenDepartmentsButNoTotal_whenChecked_thenNothingToCompare() {
        assertThat(rule.check(quarter(2, value("5.1.01", "visits", "40", "F51"), value("5.1.02", "visits", "30", "F52")),
                History.NONE)).isEmpty();
    }

    @Test
    void givenAPartialBreakdown_whenPartsDoNotAddUp_thenLeftToOfWhichNotAboveTotal() {
        assertThat(rule.check(quarter(2, value("5.4", "events", "10", "F62"), value("5.4.01", "events", "3", "F63")),
                History.NONE)).isEmpty();
    }

    @Nested
    class Failing {

        @Test
        void givenEveryDepartmentReportedAndFallingShort_whenChecked_thenAnErrorOnTheTotalWithThePartsSum() {
            assertThat(rule.check(quarter(2, visits("100", "40", "20", "10", "10", "5", "5", "0")), History.NONE))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.rule()).isEqualTo(RuleId.OF_WHICH_ADDS_UP_TO_TOTAL);
                        assertThat(f.cell()).isEqualTo("F50");
                        assertThat(f.valueSeen()).isEqualTo("100");
                        assertThat(f.message().en()).isEqualTo("F50, row 5.1 «Visits, total», visits: the of-which lines"
                                + " (5.1.01, 5.1.02, 5.1.03, 5.1.04, 5.1.05, 5.1.06, 5.1.07) add up to 90, but must equal"
                                + " the total (100)");
                        assertThat(f.message().cyrl()).isEqualTo("F50, 5.1-қатор «Китобхоналар қатнови - Жами», «қатнов»:"
                                + " «шундан» қаторлар (5.1.01, 5.1.02, 5.1.03, 5.1.04, 5.1.05, 5.1.06, 5.1.07) йиғиндиси"
                                + " (90) жамига (100) тенг бўлиши керак");
                    });
        }

        @Test
        void givenSomeDepartmentsBlankAndTheRestAboveTheTotal_whenChecked_thenAnErrorThatTheyExceedIt() {
            assertThat(rule.check(quarter(2, visits("100", "80", null, "30", null, null, null, null)), History.NONE))
                    .singleElement().satisfies(f -> {
                        assertThat(f.cell()).isEqualTo("F50");
                        assertThat(f.message().en()).endsWith(
                                "the of-which lines (5.1.01, 5.1.03) add up to 110, more than the total (100)");
                        assertThat(f.message().cyrl()).endsWith(
                                "«шундан» қаторлар (5.1.01, 5.1.03) йиғиндиси (110) жамидан (100) ошмаслиги керак");
                    });
        }

        @Test
        void givenAPartThatHasNoSuchMeasure_whenEveryPartThatHasItIsReported_thenTheyMustAddUp() {
            // Not in the 2021 table, but the shape of 1.4 (a CD part counted in discs) under a complete total.
            Indicator total = row("T", null, Breakdown.COMPLETE, "titles", "copies");
            Indicator books = row("T.01", "T", null, "titles", "copies");
            Indicator discs = row("T.02", "T", null, "discs", "copies");
            Catalogue catalogue = new Catalogue(2099, "test", Returns.CATALOGUE.sections(), List.of(total, books, discs),
                    Returns.CATALOGUE.measures());
            SubmissionData data = new SubmissionData(SubmissionKind.RETURN, Returns.JONDOR, 2099, 2, catalogue,
                    List.of(value("T", "titles", "5", "F1"), value("T.01", "titles", "3", "F2")), List.of());

            assertThat(rule.check(data, History.NONE)).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("(T.01) add up to 3, but must equal the total (5)"));
        }

        private static Indicator row(String code, String parent, Breakdown breakdown, String... measures) {
            return new Indicator(code, null, "I", parent, breakdown, "қатор " + code, null, "Row " + code, null,
                    List.of(measures), Aggregation.FLOW, Periodicity.QUARTERLY, null, false, false);
        }

        @Test
        void givenTitlesThatAddUpAndCopiesThatDoNot_whenChecked_thenOnlyTheCopies() {
            List<ReportedValue> values = List.of(
                    value("1.3", "titles", "10", "F20"), value("1.3", "copies", "50", "H20"),
                    value("1.3.01", "titles", "4", "F21"), value("1.3.01", "copies", "20", "H21"),
                    value("1.3.02", "titles", "3", "F22"), value("1.3.02", "copies", "10", "H22"),
                    value("1.3.03", "titles", "2", "F23"), value("1.3.03", "copies", "10", "H23"),
                    value("1.3.04", "titles", "1", "F24"), value("1.3.04", "copies", "5", "H24"));

            assertThat(rule.check(quarter(2, values), History.NONE)).singleElement().satisfies(f -> {
                assertThat(f.cell()).isEqualTo("H20");
                assertThat(f.message().en()).contains("add up to 45, but must equal the total (50)");
            });
        }
    }
}
