package uz.natlib.libstats.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.identification.PeriodIdentification.KindAndPeriod;
import uz.natlib.libstats.reading.Identification;
import uz.natlib.libstats.reading.RawCell;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * The period rules at their boundaries, each with its own calendar: a quarter that begins today
 * has begun, one that begins tomorrow has not; years from 2000 to this year (plans: next year);
 * quarters 1 to 4; the kind from the hidden sheet, the visible header, or the quarter's presence.
 */
class PeriodIdentificationMutationTest {

    private static final Set<Integer> YEARS = Set.copyOf(IntStream.rangeClosed(1999, 2030).boxed().toList());

    private static Identification id(Map<String, String> meta, String shownYear, String shownQuarter, String shownKind) {
        Map<Label, RawCell> visible = new EnumMap<>(Label.class);
        if (shownYear != null) {
            visible.put(Label.YEAR, new RawCell("Ҳисобот", "C4", shownYear, false));
        }
        if (shownQuarter != null) {
            visible.put(Label.QUARTER, new RawCell("Ҳисобот", "C5", shownQuarter, false));
        }
        if (shownKind != null) {
            visible.put(Label.KIND, new RawCell("Ҳисобот", "C2", shownKind, false));
        }
        return new Identification(meta, visible);
    }

    private static Identification shown(String year, String quarter) {
        return id(Map.of(), year, quarter, null);
    }

    private static Identification meta(String kind, String year, String quarter) {
        Map<String, String> meta = new HashMap<>();
        meta.put("kind", kind);
        meta.put("year", year);
        if (quarter != null) {
            meta.put("quarter", quarter);
        }
        return id(meta, null, null, null);
    }

    private static Result identify(Identification id, LocalDate today, Set<String> locked) {
        List<Finding> findings = new ArrayList<>();
        Optional<KindAndPeriod> period = new PeriodIdentification(new PeriodIdentification.Context(YEARS, locked, today))
                .identify(id, findings);
        return new Result(period, findings.stream().map(Finding::rule).toList(), findings);
    }

    private static Result identify(Identification id, LocalDate today) {
        return identify(id, today, Set.of());
    }

    private record Result(Optional<KindAndPeriod> period, List<RuleId> rules, List<Finding> findings) {
    }

    @Test
    void givenAQuarterBeginningToday_whenIdentified_thenAcceptedAndBeginningTomorrowNotYetBegun() {
        assertThat(identify(shown("2021", "III"), LocalDate.of(2021, 7, 1)).period())
                .contains(new KindAndPeriod(SubmissionKind.RETURN, 2021, 3));
        Result tomorrow = identify(shown("2021", "III"), LocalDate.of(2021, 6, 30));
        assertThat(tomorrow.period()).isEmpty();
        assertThat(tomorrow.rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(tomorrow.findings().get(0).message().en()).isEqualTo("Quarter III of 2021 has not begun yet.");
        assertThat(tomorrow.findings().get(0).cell()).isEqualTo("C5");
        // Q1 begins on 1 January, Q4 on 1 October
        assertThat(identify(shown("2021", "I"), LocalDate.of(2021, 1, 1)).period()).isPresent();
        assertThat(identify(shown("2021", "IV"), LocalDate.of(2021, 9, 30)).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(identify(shown("2021", "IV"), LocalDate.of(2021, 10, 1)).period()).isPresent();
    }

    @Test
    void givenYearsAroundTheBounds_whenIdentified_thenFrom2000ToThisYear() {
        LocalDate today = LocalDate.of(2021, 12, 31);
        assertThat(identify(shown("2000", "I"), today).period()).contains(new KindAndPeriod(SubmissionKind.RETURN, 2000, 1));
        assertThat(identify(shown("1999", "I"), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(identify(shown("2021", "I"), today).period()).isPresent();
        // next year: the year is impossible, and its first quarter has not begun either
        Result next = identify(shown("2022", "I"), today);
        assertThat(next.rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD, RuleId.IMPOSSIBLE_PERIOD);
        assertThat(next.findings().get(0).message().en()).isEqualTo("Impossible year «2022»: enter a year from 2000 to 2021.");
        assertThat(next.findings().get(0).cell()).isEqualTo("C4");
        assertThat(next.findings().get(0).sheet()).isEqualTo("Ҳисобот");
        assertThat(identify(shown("2021.0", "I"), today).period()).isPresent();
        assertThat(identify(shown("2021.5", "I"), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(identify(shown(" ", "I"), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(identify(shown("бир", "I"), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
    }

    @Test
    void givenAPlan_whenIdentified_thenNextYearIsAllowedAndTheYearAfterNot() {
        LocalDate today = LocalDate.of(2021, 12, 31);
        assertThat(identify(meta("plan", "2022", null), today).period())
                .contains(new KindAndPeriod(SubmissionKind.PLAN, 2022, null));
        Result after = identify(meta("PLAN", "2023", null), today);
        assertThat(after.rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(after.findings().get(0).message().en()).isEqualTo("Impossible year «2023»: enter a year from 2000 to 2022.");
        assertThat(identify(meta("return", "2022", "1"), today).findings().get(0).message().en())
                .isEqualTo("Impossible year «2022»: enter a year from 2000 to 2021.");
    }

    @Test
    void givenQuartersAroundTheBounds_whenIdentified_thenOneToFour() {
        LocalDate today = LocalDate.of(2030, 1, 1);
        assertThat(identify(shown("2021", "1"), today).period().map(KindAndPeriod::quarter)).contains(1);
        assertThat(identify(shown("2021", "4"), today).period().map(KindAndPeriod::quarter)).contains(4);
        Result zero = identify(shown("2021", "0"), today);
        assertThat(zero.rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(zero.findings().get(0).message().en()).isEqualTo("Impossible quarter «0»: write I, II, III or IV.");
        assertThat(identify(shown("2021", "5"), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(identify(shown("2021", "V"), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
        assertThat(identify(meta("return", "2021", null), today).rules()).containsExactly(RuleId.IMPOSSIBLE_PERIOD);
    }

    @Test
    void givenTheHiddenAndTheShownPeriodDisagree_whenIdentified_thenAMismatchEach() {
        Map<String, String> hidden = Map.of("year", "2021", "quarter", "2");
        Result both = identify(id(hidden, "2020", "III", null), LocalDate.of(2030, 1, 1));
        assertThat(both.rules()).containsExactly(RuleId.PERIOD_MISMATCH, RuleId.PERIOD_MISMATCH);
        assertThat(both.findings().get(0).message().en()).contains("year shown («2020»)", "own year (2021)");
        assertThat(both.findings().get(1).message().en()).contains("quarter shown («III»)", "own quarter (2)");
        assertThat(both.findings().get(1).cell()).isEqualTo("C5");
        assertThat(both.period()).isEmpty();

        Result agree = identify(id(hidden, "2021", "II", null), LocalDate.of(2030, 1, 1));
        assertThat(agree.rules()).isEmpty();
        assertThat(agree.period()).contains(new KindAndPeriod(SubmissionKind.RETURN, 2021, 2));
        // the hidden sheet wins where only it is readable
        assertThat(identify(id(hidden, "икки минг", "ikki", null), LocalDate.of(2030, 1, 1)).period())
                .contains(new KindAndPeriod(SubmissionKind.RETURN, 2021, 2));
    }

    @Test
    void givenNoHiddenKind_whenIdentified_thenTheShownKindOrElseTheQuarterDecides() {
        LocalDate today = LocalDate.of(2030, 1, 1);
        assertThat(identify(id(Map.of(), "2021", null, "Йиллик режа"), today).period().map(KindAndPeriod::kind))
                .contains(SubmissionKind.PLAN);
        assertThat(identify(id(Map.of(), "2021", null, "Annual plan"), today).period().map(KindAndPeriod::kind))
                .contains(SubmissionKind.PLAN);
        assertThat(identify(id(Map.of(), "2021", "II", "Ҳисобот"), today).period().map(KindAndPeriod::kind))
                .contains(SubmissionKind.RETURN);
        assertThat(identify(id(Map.of(), "2021", null, null), today).period())
                .contains(new KindAndPeriod(SubmissionKind.PLAN, 2021, null));
        assertThat(identify(id(Map.of(), "2021", "II", null), today).period().map(KindAndPeriod::kind))
                .contains(SubmissionKind.RETURN);
    }

    @Test
    void givenNoCatalogueOrALockedPeriod_whenIdentified_thenRefusedWithThatRule() {
        Result noTable = new Result(Optional.empty(), List.of(), List.of());
        List<Finding> findings = new ArrayList<>();
        Optional<KindAndPeriod> period = new PeriodIdentification(new PeriodIdentification.Context(Set.of(2022, 2020),
                Set.of(), LocalDate.of(2030, 1, 1))).identify(shown("2021", "II"), findings);
        assertThat(period).isEmpty();
        assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.NO_CATALOGUE_FOR_YEAR);
        assertThat(findings.get(0).message().en()).contains("tables exist for [2020, 2022]", "--year 2021");
        assertThat(noTable.rules()).isEmpty();

        Result locked = identify(shown("2021", "II"), LocalDate.of(2030, 1, 1), Set.of("2021Q2"));
        assertThat(locked.rules()).containsExactly(RuleId.PERIOD_LOCKED);
        assertThat(locked.findings().get(0).valueSeen()).isEqualTo("2021Q2");
        assertThat(identify(shown("2021", "II"), LocalDate.of(2030, 1, 1), Set.of("2021Q1", "2021")).period()).isPresent();
        assertThat(new KindAndPeriod(SubmissionKind.RETURN, 2021, 2).period().code()).isEqualTo("2021Q2");
        assertThat(new KindAndPeriod(SubmissionKind.PLAN, 2021, null).period().code()).isEqualTo("2021");
    }

    @Test
    void givenQuartersAsPeopleWriteThem_whenParsed_thenTheirNumber() {
        assertThat(QuarterText.parse("III")).hasValue(3);
        assertThat(QuarterText.parse("ii чорак")).hasValue(2);
        assertThat(QuarterText.parse("IV")).hasValue(4);
        assertThat(QuarterText.parse("I")).hasValue(1);
        assertThat(QuarterText.parse("V")).hasValue(5);
        assertThat(QuarterText.parse("І")).hasValue(1); // Cyrillic І
        assertThat(QuarterText.parse("Q2")).hasValue(2);
        assertThat(QuarterText.parse("3-chorak")).hasValue(3);
        assertThat(QuarterText.parse("2.0")).hasValue(2);
        assertThat(QuarterText.parse("99999999999")).isEmpty();
        assertThat(QuarterText.parse("чорак")).isEmpty();
        assertThat(QuarterText.parse(" ")).isEmpty();
        assertThat(QuarterText.parse(null)).isEqualTo(OptionalInt.empty());
    }
}
