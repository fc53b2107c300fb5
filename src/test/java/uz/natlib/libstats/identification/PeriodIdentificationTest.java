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

        @Test
        void givenAQuarterNotYetBegun_thenImpossiblePeriod() {
            identification.identify(id("2026", "4", null, null), new ArrayList<>());
            identification.identify(id("2027", "1", null, null), findings);
            assertThat(findings).extracting(Finding::rule).contains(RuleId.IMPOSSIBLE_PERIOD);
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
