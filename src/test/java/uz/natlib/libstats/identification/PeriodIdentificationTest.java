package uz.natlib.libstats.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uz.natlib.libstats.reading.Identification;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

class PeriodIdentificationTest {

    private final PeriodIdentification identification = new PeriodIdentification(new PeriodIdentification.Context(
            Set.of(2021), Set.of("2021Q1"), LocalDate.of(2026, 11, 26)));
    private final List<Finding> findings = new ArrayList<>();

    private static Identification id(String metaYear, String metaQuarter, String shownYear, String shownQuarter) {
        Map<String, String> meta = new HashMap<>();
        if (metaYear != null) {
            meta.put("year", metaYear);
        }
        if (metaQuarter != null) {
            meta.put("quarter", metaQuarter);
        }
        Map<Label, RawCell> visible = new EnumMap<>(Label.class);
        if (shownYear != null) {
            visible.put(Label.YEAR, new RawCell("S", "C6", shownYear, false));
        }
        if (shownQuarter != null) {
            visible.put(Label.QUARTER, new RawCell("S", "C7", shownQuarter, false));
        }
        return new Identification(meta, visible);
    }

    @ParameterizedTest(name = "quarter written «{0}»")
    @CsvSource({"III, 3", "3, 3", "3-chorak, 3", "III чорак, 3", "Q3, 3", "3.0, 3"})
    void givenAQuarterInAnyUsualForm_whenIdentified_thenThatQuarter(String written, int quarter) {
        assertThat(identification.identify(id(null, null, "2021", written), findings))
                .contains(new PeriodIdentification.KindAndPeriod(SubmissionKind.RETURN, 2021, quarter));
        assertThat(findings).isEmpty();
    }

    @Test
    void givenNoQuarterAnywhere_whenIdentified_thenAnAnnualPlan() {
        assertThat(identification.identify(id("2021", null, "2021", null), findings))
                .contains(new PeriodIdentification.KindAndPeriod(SubmissionKind.PLAN, 2021, null));
    }

    @Nested
    class Rejected {

        @Test
        void givenHiddenQuarterTwoButVisibleThree_thenPeriodMismatchOnTheVisibleCell() {
            assertThat(identification.identify(id("2021", "2", "2021", "III"), findings)).isEmpty();
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.PERIOD_MISMATCH);
                assertThat(f.cell()).isEqualTo("C7");
            });
        }

        @Test
        void givenQuarterFive_thenImpossiblePeriod() {
            identification.identify(id("2021", "5", "2021", "V"), findings);
            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        }

        /** Today is the last day of 2026's second quarter: the third begins tomorrow (1 July). */
        @Test
        void givenAQuarterNotYetBegun_thenImpossiblePeriod() {
            PeriodIdentification onTheEveOfQ3 = new PeriodIdentification(new PeriodIdentification.Context(
                    Set.of(2026), Set.of(), LocalDate.of(2026, 6, 30)));
            // the year has begun (no future-year finding); its third quarter has not
            assertThat(onTheEveOfQ3.identify(id("2026", "3", "2026", "III"), findings)).isEmpty();
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.IMPOSSIBLE_PERIOD);
                assertThat(f.cell()).isEqualTo("C7");
                assertThat(f.message().en()).contains("has not begun");
            });
            // the quarter under way is accepted
            List<Finding> current = new ArrayList<>();
            assertThat(onTheEveOfQ3.identify(id("2026", "2", "2026", "II"), current))
                    .contains(new PeriodIdentification.KindAndPeriod(SubmissionKind.RETURN, 2026, 2));
            assertThat(current).isEmpty();
        }

        @Test
        void givenTheFirstDayOfAQuarter_thenThatQuarterIsAccepted() {
            PeriodIdentification onTheFirstDayOfQ3 = new PeriodIdentification(new PeriodIdentification.Context(
                    Set.of(2026), Set.of(), LocalDate.of(2026, 7, 1)));
            assertThat(onTheFirstDayOfQ3.identify(id("2026", "3", "2026", "III"), findings))
                    .contains(new PeriodIdentification.KindAndPeriod(SubmissionKind.RETURN, 2026, 3));
            assertThat(findings).isEmpty();
            // and the next one is still ahead
            assertThat(onTheFirstDayOfQ3.identify(id("2026", "4", "2026", "IV"), findings)).isEmpty();
            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        }

        @Test
        void givenAYearNotYetBegun_thenImpossiblePeriodOnTheYear() {
            assertThat(identification.identify(id("2027", "1", "2027", "I"), findings)).isEmpty();
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo(RuleId.IMPOSSIBLE_PERIOD);
                assertThat(f.cell()).isEqualTo("C6");
            });
        }

        @Test
        void givenAYearWithoutCatalogue_thenNoCatalogueForYear() {
            identification.identify(id("2019", "2", "2019", "II"), findings);
            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.NO_CATALOGUE_FOR_YEAR);
            // who imports the table and how, in each language
            assertThat(findings.get(0).message().en()).contains("has not been imported yet",
                    "the system administrator imports it", "jobs/catalogue import --year 2019 FILE", "send the file again");
            assertThat(findings.get(0).message().cyrl()).contains("администратор", "jobs/catalogue import --year 2019");
            assertThat(findings.get(0).message().latn()).contains("administrator", "jobs/catalogue import --year 2019");
        }

        @Test
        void givenALockedPeriod_thenPeriodLocked() {
            identification.identify(id("2021", "1", "2021", "I"), findings);
            assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.PERIOD_LOCKED);
        }
    }
}
