package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.Completeness;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.DistrictSubmission;
import uz.natlib.libstats.reports.QualitativeAnswersRepository.Answer;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The figures the reports print, worked out by hand: change against the previous year, means and
 * medians, the reporting and carried marks, the CSV and SDMX rows, on time or late at the due
 * date's boundary in Tashkent, and the qualitative tallies.
 */
class ReportFiguresMutationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2021, 7, 9, 6, 15, 0, 0, ZoneOffset.UTC);

    /** A figure with the fields these tests vary; the rest fixed. */
    private static ConsolidatedFigure figure(int tier, int quarter, String span, String value, String previous,
                                             int reporting, int carried, int matchedReporting, String lineage) {
        return new ConsolidatedFigure(tier == 0 ? "17" : "1706", "Ҳудуд", "Hudud", tier == 0 ? "nation" : "region", tier,
                2021, quarter, span, 1, "5.1", "5.1", "V", "Хизмат", "Xizmat", "Ташрифлар", "Tashriflar", null, 0,
                "visits", "ташриф", "tashrif", false, big(value), reporting, 205, big("1000"), big(previous), 4,
                big("300"), big("600"), matchedReporting, carried, false, lineage);
    }

    private static BigDecimal big(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static ReportContext context(ReportType type, int quarter, Script script) {
        return new ReportContext(type, 2021, quarter, "17", "Ўзбекистон", "O‘zbekiston", script, Optional.empty(), NOW,
                Optional.empty());
    }

    @Test
    void givenAFigureAndTheYearBefore_whenChange_thenPercentToOneDecimalHalfUp() {
        assertThat(AnnualReport.change(big("110"), big("100"))).isEqualTo(new BigDecimal("10.0"));
        assertThat(AnnualReport.change(big("1"), big("3"))).isEqualTo(new BigDecimal("-66.7"));
        assertThat(AnnualReport.change(big("10025"), big("10000"))).isEqualTo(new BigDecimal("0.3"));
        assertThat(AnnualReport.change(big("100"), big("100"))).isEqualTo(new BigDecimal("0.0"));
        assertThat(AnnualReport.change(big("5"), big("-10"))).isEqualTo(new BigDecimal("-150.0"));
        assertThat(AnnualReport.change(null, big("100"))).isNull();
        assertThat(AnnualReport.change(big("100"), null)).isNull();
        assertThat(AnnualReport.change(big("100"), big("0"))).isNull();
    }

    @Test
    void givenASplitRow_whenChange_thenNoneElseTheChange() {
        assertThat(FigureCells.change(figure(0, 4, "ytd", "120", "100", 1, 0, 0, "split"))).isNull();
        assertThat(FigureCells.change(figure(0, 4, "ytd", "120", "100", 1, 0, 0, null))).isEqualTo(new BigDecimal("20.0"));
        assertThat(FigureCells.change(figure(0, 4, "ytd", "120", "100", 1, 0, 0, "new"))).isEqualTo(new BigDecimal("20.0"));
    }

    @Test
    void givenMeansAndMedians_whenComputed_thenAsWorkedOutByHand() {
        assertThat(AnnualReport.mean(big("10"), 4)).isEqualTo(new BigDecimal("2.50"));
        assertThat(AnnualReport.mean(big("2"), 3)).isEqualTo(new BigDecimal("0.67"));
        assertThat(AnnualReport.mean(big("10"), 1)).isEqualTo(new BigDecimal("10.00"));
        assertThat(AnnualReport.mean(null, 4)).isNull();
        assertThat(AnnualReport.mean(big("10"), 0)).isNull();

        assertThat(AnnualReport.median(List.of(big("3"), big("1"), big("2")))).isEqualTo(big("2"));
        assertThat(AnnualReport.median(List.of(big("7")))).isEqualTo(big("7"));
        assertThat(AnnualReport.median(List.of(big("4"), big("1"), big("3"), big("2")))).isEqualTo(new BigDecimal("2.5"));
        assertThat(AnnualReport.median(List.of(big("10.0"), big("20.1")))).isEqualTo(new BigDecimal("15.1"));
    }

    @Test
    void givenReportingAndCarriedCounts_whenPrinted_thenTheSmallTextsBesideTheFigure() {
        ConsolidatedFigure carried = figure(0, 2, "ytd", "5", null, 22, 6, 3, null);
        ConsolidatedFigure plain = figure(0, 2, "ytd", "5", null, 22, 0, 0, null);
        ConsolidatedFigure one = figure(0, 2, "ytd", "5", null, 22, 1, 1, null);

        assertThat(FigureCells.reporting(carried)).isEqualTo("22/205");
        assertThat(FigureCells.reportingWithCarried(carried)).isEqualTo("22/205 (6†)");
        assertThat(FigureCells.reportingWithCarried(plain)).isEqualTo("22/205");
        assertThat(FigureCells.reportingWithCarried(one)).isEqualTo("22/205 (1†)");
        assertThat(FigureCells.carriedMark(carried)).isEqualTo("†");
        assertThat(FigureCells.carriedMark(one)).isEqualTo("†");
        assertThat(FigureCells.carriedMark(plain)).isEmpty();
        assertThat(FigureCells.planCoverage(carried)).isEqualTo("3");
        assertThat(FigureCells.planCoverage(one)).isEqualTo("1");
        assertThat(FigureCells.planCoverage(plain)).isEqualTo("—");
    }

    @Test
    void givenANewRow_whenPrevious_thenNewInTheYearElseThePreviousFigure() {
        ReportContext context = context(ReportType.NATION_YEAR, 4, Script.CYRL);
        assertThat(FigureCells.previous(figure(0, 4, "ytd", "5", null, 1, 0, 0, "new"), context))
                .isEqualTo("2021 йилда янги");
        assertThat(FigureCells.previous(figure(0, 4, "ytd", "5", "4", 1, 0, 0, null), context)).isEqualTo(big("4"));

        ReportLine line = new ReportLine(1, false, "5.1", "Ташрифлар", 0, "ташриф", false, false, true, true);
        line.putPrevious(figure(0, 4, "ytd", "5", null, 1, 0, 0, "new"), context);
        assertThat(line.get("previous")).isEqualTo("2021 йилда янги");
        line.putPrevious(figure(0, 4, "ytd", "5", "4", 1, 0, 0, "same"), context);
        assertThat(line.get("previous")).isEqualTo(big("4"));
        line.putPrevious(figure(0, 4, "ytd", "5", null, 1, 0, 0, null), context);
        assertThat(line.get("previous")).isEqualTo("—");
    }

    @Test
    void givenAReportLine_whenFiguresPut_thenNumbersOrTheBlankSignAndHeadingsEmpty() {
        ReportLine line = new ReportLine(3, false, "5.1", "Ташрифлар", 1, "ташриф", true, true, true, false);
        line.put("total", big("12.5")).put("plan", null).putText("reporting", "1/2");

        assertThat(line.get("total")).isEqualTo(big("12.5"));
        assertThat(line.get("plan")).isEqualTo("—");
        assertThat(line.get("missing")).isEqualTo("—");
        assertThat(line.get("reporting")).isEqualTo("1/2");
        assertThat(line.show(null)).isEqualTo("—");
        assertThat(line.show(BigDecimal.ZERO)).isEqualTo(BigDecimal.ZERO);
        assertThat(line.getMeasureMarked()).isEqualTo("ташриф ◆");
        assertThat(line.getPattern()).isEqualTo("#,##0.0##");
        assertThat(line.isNumberPlain()).isFalse();
        assertThat(line.isStock()).isTrue();
        assertThat(line.isFirst()).isTrue();
        assertThat(line.getDepth()).isEqualTo(1);
        assertThat(line.getIndex()).isEqualTo(3);
        assertThat(line.getNumber()).isEqualTo("5.1");
        assertThat(line.getLabel()).isEqualTo("Ташрифлар");
        assertThat(line.getMeasure()).isEqualTo("ташриф");
        assertThat(line.isHeading()).isFalse();
        assertThat(line.toString()).isEqualTo("3 5.1 Ташрифлар ташриф");

        ReportLine flow = new ReportLine(4, false, "5.2", "Тадбирлар", 0, "тадбир", false, false, true, true);
        assertThat(flow.getMeasureMarked()).isEqualTo("тадбир");
        assertThat(flow.getPattern()).isEqualTo("#,##0");
        assertThat(flow.isNumberPlain()).isTrue();
        assertThat(new ReportLine(5, false, "5.2", "Тадбирлар", 0, "тадбир", false, false, false, true).isNumberPlain())
                .isFalse();

        ReportLine heading = ReportLine.heading(0, "V. Хизмат");
        heading.put("total", big("1"));
        assertThat(heading.get("total")).isEqualTo("");
        assertThat(heading.show(big("1"))).isEqualTo("");
        assertThat(heading.isHeading()).isTrue();

        assertThat(heading.compareTo(line)).isNegative();
        assertThat(line.compareTo(heading)).isPositive();
        assertThat(line.compareTo(new ReportLine(3, true, "", "", 0, "", false, false, true, true))).isZero();
        assertThat(line).isEqualTo(new ReportLine(3, true, "", "", 0, "", false, false, true, true));
        assertThat(line).isNotEqualTo(flow).isNotEqualTo("3");
        assertThat(line.hashCode()).isEqualTo(new ReportLine(3, true, "x", "", 0, "", false, false, true, true).hashCode());
    }

    @Test
    void givenAHostileLabel_whenNeutralised_thenTextsQuotedAndFiguresKept() {
        ReportLine line = new ReportLine(3, false, "=1", "=SUM(A1)", 0, "+x", false, true, true, true);
        line.put("total", big("7")).putText("reporting", "=2");
        ReportLine safe = line.neutralised();

        assertThat(safe.getNumber()).isEqualTo("'=1");
        assertThat(safe.getLabel()).isEqualTo("'=SUM(A1)");
        assertThat(safe.getMeasure()).isEqualTo("'+x");
        assertThat(safe.get("total")).isEqualTo(big("7"));
        assertThat(safe.get("reporting")).isEqualTo("'=2");
        assertThat(safe.isStock()).isTrue();
        assertThat(safe.getIndex()).isEqualTo(3);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void givenQuarterAndYearToDateRows_whenLongCsv_thenPlanAndFulfilmentOnlyOnTheYearToDate() throws IOException {
        StringBuilder out = new StringBuilder();
        FigureCsv.longForm(List.of(figure(0, 3, "quarter", "150.50", "100", 12, 0, 3, null),
                figure(0, 3, "ytd", "400", null, 14, 2, 3, "new")), Script.LATN, out);
        List<CSVRecord> rows = parse(out.toString());

        CSVRecord quarter = rows.get(0);
        assertThat(quarter.get("value")).isEqualTo("150.5");
        assertThat(quarter.get("reporting")).isEqualTo("12");
        assertThat(quarter.get("expected")).isEqualTo("205");
        assertThat(quarter.get("plan")).isEmpty();
        assertThat(quarter.get("fulfilment_pct")).isEmpty();
        assertThat(quarter.get("previous_value")).isEqualTo("100");
        assertThat(quarter.get("plan_reporting")).isEmpty();
        assertThat(quarter.get("like_for_like_value")).isEmpty();
        assertThat(quarter.get("plan_coverage")).isEmpty();
        assertThat(quarter.get("previous_link")).isEmpty();
        assertThat(quarter.get("aggregation")).isEqualTo("flow");
        assertThat(quarter.get("territory_name")).isEqualTo("Hudud");

        CSVRecord ytd = rows.get(1);
        assertThat(ytd.get("span")).isEqualTo("year-to-date");
        assertThat(ytd.get("plan")).isEqualTo("1000");
        assertThat(ytd.get("fulfilment_pct")).isEqualTo("50"); // 300 of 600
        assertThat(ytd.get("previous_value")).isEmpty();
        assertThat(ytd.get("carried")).isEqualTo("2");
        assertThat(ytd.get("plan_reporting")).isEqualTo("4");
        assertThat(ytd.get("like_for_like_value")).isEqualTo("300");
        assertThat(ytd.get("like_for_like_plan")).isEqualTo("600");
        assertThat(ytd.get("plan_coverage")).isEqualTo("3");
        assertThat(ytd.get("previous_link")).isEqualTo("new");
    }

    @Test
    void givenFigures_whenSdmx_thenQuartersAndWholeYearsOnlyAndNoBlanks() throws IOException {
        StringBuilder out = new StringBuilder();
        FigureCsv.sdmx(List.of(figure(0, 3, "quarter", "150", null, 12, 0, 0, null),
                figure(0, 3, "ytd", "400", null, 14, 0, 0, null),
                figure(0, 4, "ytd", "500", null, 15, 0, 0, null),
                figure(0, 4, "quarter", null, null, 0, 0, 0, null)), out);
        List<CSVRecord> rows = parse(out.toString());

        assertThat(rows).extracting(r -> r.get("TIME_PERIOD")).containsExactly("2021-Q3", "2021");
        assertThat(rows).extracting(r -> r.get("OBS_VALUE")).containsExactly("150", "500");
        assertThat(rows).extracting(r -> r.get("REPORTING_UNITS")).containsExactly("12", "15");
        assertThat(rows.get(0).get("STRUCTURE_ID")).isEqualTo("UZ_NATLIB:LIBSTATS(1.0)");
        assertThat(FigureCsv.sdmxPeriod(figure(0, 4, "quarter", "1", null, 1, 0, 0, null))).isEqualTo("2021-Q4");
        assertThat(FigureCsv.sdmxPeriod(figure(0, 1, "ytd", "1", null, 1, 0, 0, null))).isNull();
        assertThat(FigureCsv.number(null)).isEmpty();
        assertThat(FigureCsv.number(big("1200"))).isEqualTo("1200");
        assertThat(FigureCsv.number(big("2.50"))).isEqualTo("2.5");
        assertThatThrownBy(() -> FigureCsv.span(figure(0, 1, "month", "1", null, 1, 0, 0, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DistrictSubmission district(String status, OffsetDateTime receivedAt) {
        return new DistrictSubmission("1706", "Бухоро вилояти", "Buxoro viloyati", "1706246", "Жондор тумани",
                "Jondor tumani", status, receivedAt, 2, 1, 3);
    }

    @Test
    void givenAReturnAcceptedOnTheDueDayInTashkent_whenTimeliness_thenOnTimeAndTheDayAfterLate() {
        ReportContext context = context(ReportType.COMPLETENESS, 1, Script.LATN);
        LocalDate due = LocalDate.of(2021, 4, 10);
        // 23:30 on the due day in Tashkent (UTC+5) is 18:30 UTC: on time
        OffsetDateTime lastMinute = OffsetDateTime.of(2021, 4, 10, 18, 30, 0, 0, ZoneOffset.UTC);
        // 00:30 the next day in Tashkent is still the due day in UTC: late
        OffsetDateTime nextDay = OffsetDateTime.of(2021, 4, 10, 19, 30, 0, 0, ZoneOffset.UTC);
        OffsetDateTime dayBefore = OffsetDateTime.of(2021, 4, 9, 12, 0, 0, 0, ZoneOffset.UTC);

        String onTime = Texts.get(Script.LATN, "timeliness.onTime");
        String late = Texts.get(Script.LATN, "timeliness.late");
        assertThat(onTime).isNotEqualTo(late);
        assertThat(CompletenessReport.timeliness(context, district("accepted", lastMinute), due)).isEqualTo(onTime);
        assertThat(CompletenessReport.timeliness(context, district("accepted", dayBefore), due)).isEqualTo(onTime);
        assertThat(CompletenessReport.timeliness(context, district("accepted", nextDay), due)).isEqualTo(late);
        assertThat(CompletenessReport.timeliness(context, district("only_rejected", dayBefore), due)).isEmpty();
        assertThat(CompletenessReport.timeliness(context, district("accepted", null), due)).isEmpty();
        assertThat(CompletenessReport.timeliness(context, district("accepted", dayBefore), null)).isEmpty();
    }

    @Test
    void givenCountsAndDistricts_whenCompletenessBuilt_thenRowsCarryTheCountsAndNothingReceivedHasNoChecks() {
        ReportContext context = context(ReportType.COMPLETENESS, 1, Script.LATN);
        LocalDate due = LocalDate.of(2021, 4, 10);
        List<Completeness> counts = List.of(new Completeness(1, "1706", "Бухоро", "Buxoro", due, 13, 9, 1, 3, 7, 2),
                new Completeness(1, "17", "Ўзбекистон", "O‘zbekiston", due, 205, 150, 20, 35, 140, 10));
        OffsetDateTime received = OffsetDateTime.of(2021, 4, 5, 6, 15, 0, 0, ZoneOffset.UTC);
        List<DistrictSubmission> districts = List.of(district("accepted", received), district("nothing_received", null),
                district("only_rejected", received));

        JasperInput input = CompletenessReport.build(context, counts, districts);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) (List<?>) input.rows();

        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsEntry("part", 1).containsEntry("regionCode", "1706").containsEntry("nation", false)
                .containsEntry("name", "Buxoro").containsEntry("expected", 13).containsEntry("accepted", 9)
                .containsEntry("onlyRejected", 1).containsEntry("nothingReceived", 3).containsEntry("onTime", 7)
                .containsEntry("late", 2);
        assertThat(rows.get(1)).containsEntry("nation", true).containsEntry("expected", 205);
        assertThat(rows.get(2)).containsEntry("part", 2).containsEntry("notAccepted", false)
                .containsEntry("submitted", "05.04.2021 11:15").containsEntry("warnings", 2).containsEntry("errors", 1)
                .containsEntry("files", 3).containsEntry("timeliness", Texts.get(Script.LATN, "timeliness.onTime"))
                .containsEntry("name", "Jondor tumani").containsEntry("regionName", "Buxoro viloyati");
        assertThat(rows.get(3)).containsEntry("notAccepted", true).containsEntry("submitted", "—")
                .containsEntry("warnings", "—").containsEntry("errors", "—").containsEntry("timeliness", "");
        assertThat(rows.get(4)).containsEntry("notAccepted", true).containsEntry("warnings", 2).containsEntry("errors", 1);
        assertThat((String) input.parameters().get("SUBTITLE")).contains("10.04.2021");
        assertThat(input.parameters()).containsKeys("L_PART_1", "L_PART_2", "L_ON_TIME", "L_LATE", "LEGEND");

        JasperInput empty = CompletenessReport.build(context, List.of(), List.of());
        assertThat(empty.rows()).isEmpty();
        assertThat((String) empty.parameters().get("SUBTITLE")).contains("—");
    }

    @Test
    void givenCountsAndDistricts_whenCompletenessCsv_thenOneRowEachWithTashkentTimes() throws IOException {
        LocalDate due = LocalDate.of(2021, 4, 10);
        StringBuilder out = new StringBuilder();
        CompletenessCsv.write("2021Q1", List.of(new Completeness(1, "1706", "Бухоро", "Buxoro", due, 13, 9, 1, 3, 7, 2),
                        new Completeness(1, "17", "Ўзбекистон", "O‘zbekiston", due, 205, 150, 20, 35, 140, 10)),
                List.of(district("accepted", OffsetDateTime.of(2021, 4, 5, 20, 15, 0, 0, ZoneOffset.UTC)),
                        district("nothing_received", null)), Script.CYRL, out);
        List<CSVRecord> rows = parse(out.toString());

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("level")).isEqualTo("region");
        assertThat(rows.get(0).get("parent_code")).isEqualTo("17");
        assertThat(rows.get(0).get("territory_name")).isEqualTo("Бухоро");
        assertThat(rows.get(0).get("due_date")).isEqualTo("2021-04-10");
        assertThat(rows.get(0).get("on_time")).isEqualTo("7");
        assertThat(rows.get(1).get("level")).isEqualTo("nation");
        assertThat(rows.get(1).get("parent_code")).isEmpty();
        assertThat(rows.get(2).get("level")).isEqualTo("district");
        assertThat(rows.get(2).get("received_at")).isEqualTo("2021-04-06T01:15+05:00");
        assertThat(rows.get(2).get("warnings")).isEqualTo("2");
        assertThat(rows.get(3).get("received_at")).isEmpty();
        assertThat(rows.get(3).get("status")).isEqualTo("nothing_received");
    }

    @Test
    void givenAnswers_whenTallied_thenDoneOfAnsweredOutOfExpectedForAQuarterAndTheYear() {
        List<Answer> answers = List.of(new Answer("a", 1, "8.1", true, null), new Answer("a", 2, "8.1", false, null),
                new Answer("b", 1, "8.1", false, null), new Answer("b", 2, "8.1", false, null),
                new Answer("c", 1, "8.1", null, null), new Answer("c", 2, "8.1", true, null),
                new Answer("d", 1, "8.2", true, null));
        QualitativeTally tally = new QualitativeTally(answers);
        List<String> districts = List.of("a", "b", "c", "d", "e");

        assertThat(tally.quarter("8.1", 1, districts)).isEqualTo(new QualitativeTally.Count(1, 2, 5));
        assertThat(tally.quarter("8.1", 2, districts)).isEqualTo(new QualitativeTally.Count(1, 3, 5));
        assertThat(tally.quarter("8.1", 3, districts)).isEqualTo(new QualitativeTally.Count(0, 0, 5));
        assertThat(tally.year("8.1", districts)).isEqualTo(new QualitativeTally.Count(2, 3, 5));
        assertThat(tally.year("8.2", districts)).isEqualTo(new QualitativeTally.Count(1, 1, 5));
        assertThat(tally.year("8.2", List.of("a", "b"))).isEqualTo(new QualitativeTally.Count(0, 0, 2));
        assertThat(new QualitativeTally.Count(0, 0, 5).doneOrNone()).isNull();
        assertThat(new QualitativeTally.Count(0, 1, 5).doneOrNone()).isZero();
        assertThat(new QualitativeTally.Count(2, 3, 5).doneOrNone()).isEqualTo(2);
    }

    @Test
    void givenAContext_whenAsked_thenPeriodAndTashkentTimeAndFileName() {
        assertThat(context(ReportType.NATION_YEAR, 4, Script.LATN).periodCode()).isEqualTo("2021");
        assertThat(context(ReportType.DISTRICT_PROFILE, 4, Script.LATN).annual()).isTrue();
        assertThat(context(ReportType.NATION_QUARTER, 3, Script.LATN).periodCode()).isEqualTo("2021Q3");
        assertThat(context(ReportType.REGION_QUARTER, 2, Script.LATN).annual()).isFalse();
        assertThat(context(ReportType.COMPLETENESS, 2, Script.LATN).annual()).isFalse();
        assertThat(context(ReportType.NATION_QUARTER, 3, Script.LATN).territoryName()).isEqualTo("O‘zbekiston");
        assertThat(context(ReportType.NATION_QUARTER, 3, Script.CYRL).territoryName()).isEqualTo("Ўзбекистон");
        assertThat(ReportContext.tashkent(NOW)).isEqualTo("09.07.2021 11:15");
        assertThat(ReportContext.tashkent(null)).isEmpty();
        assertThat(ReportContext.fileName("in/1706/a.xlsx")).isEqualTo("a.xlsx");
        assertThat(ReportContext.fileName("in\\1706\\b.xlsx")).isEqualTo("b.xlsx");
        assertThat(ReportContext.fileName("c.xlsx")).isEqualTo("c.xlsx");
        assertThat(context(ReportType.NATION_QUARTER, 3, Script.LATN).subtitle("S")).isEqualTo("S");
        ReportContext withData = new ReportContext(ReportType.NATION_QUARTER, 2021, 3, "17", "Ўзбекистон", "O‘zbekiston",
                Script.LATN, Optional.of(new ConsolidatedFiguresRepository.Run(7, 2021, NOW)), NOW,
                Optional.of(new DataAsOfRepository.DataAsOf(39, "in/x/1706246_2021Q3.xlsx", NOW, "Жондор", "Jondor")));
        assertThat(withData.subtitle("S")).startsWith("S\n").contains("39", "1706246_2021Q3.xlsx", "Jondor",
                "09.07.2021 11:15").doesNotContain("in/x");
        assertThat((String) withData.parameters().get("FOOTER")).contains("7", "09.07.2021 11:15");
        assertThat((String) withData.parameters().get("TITLE")).contains("2021", "III");
    }

    @Test
    void givenAYearsFigures_whenFulfilmentBarsAndTrend_thenMediansPerRegionAndMeansPerReportingDistrict() {
        List<ConsolidatedFigure> year = new ArrayList<>();
        year.add(new ConsolidatedFigure("1706", "Бухоро", "Buxoro", "region", 1, 2021, 4, "ytd", 1, "5.1", "5.1", "V",
                "Х", "X", "Т", "T", null, 0, "visits", "т", "t", false, big("10"), 2, 2, null, null, 0, null, null, 0, 0,
                false));
        Map<String, List<BigDecimal>> fulfilment = new java.util.LinkedHashMap<>();
        fulfilment.put("Buxoro", List.of());
        fulfilment.put("Navoiy", List.of());
        fulfilment.put("Xorazm", List.of(big("80.0"), big("100.0"), big("90.0")));
        List<ChartImages.Bar> bars = AnnualReport.fulfilmentBars(Script.LATN, fulfilment, year);

        // Buxoro has figures but no fulfilment (no plan), Navoiy nothing at all, Xorazm the median of 80, 90, 100
        assertThat(bars).containsExactly(new ChartImages.Bar("Buxoro", null, ChartImages.BarState.NO_PLAN),
                new ChartImages.Bar("Navoiy", null, ChartImages.BarState.NO_DATA),
                new ChartImages.Bar("Xorazm", new BigDecimal("90.0"), ChartImages.BarState.VALUE));

        ReportContext context = context(ReportType.NATION_YEAR, 4, Script.LATN);
        List<ConsolidatedFigure> trend = List.of(
                trendFigure(2021, 1, "5.1", "visits", "quarter", "100", 4),
                trendFigure(2021, 3, "5.1", "visits", "quarter", "90", 3),
                trendFigure(2020, 1, "5.1", "visits", "quarter", "50", 2),
                trendFigure(2021, 2, "5.1", "visits", "ytd", "999", 9),
                trendFigure(2021, 2, "5.1", "events", "quarter", "999", 9),
                trendFigure(2021, 2, "5.4", "visits", "quarter", "999", 9),
                trendFigure(2019, 2, "5.1", "visits", "quarter", "999", 9));
        AnnualReport.Trend t = AnnualReport.trend(context, "5.1", "visits", trend);

        assertThat(t.series().get(Texts.get(Script.LATN, "chart.year", 2021)))
                .containsExactly(new BigDecimal("25.00"), null, new BigDecimal("30.00"), null);
        assertThat(t.series().get(Texts.get(Script.LATN, "chart.year", 2020)))
                .containsExactly(new BigDecimal("25.00"), null, null, null);
        assertThat(t.categories()).containsExactly(Texts.get(Script.LATN, "chart.quarter", "I", 4),
                Texts.get(Script.LATN, "chart.quarter", "II", 0), Texts.get(Script.LATN, "chart.quarter", "III", 3),
                Texts.get(Script.LATN, "chart.quarter", "IV", 0));
        assertThat(t.title()).contains("5.1 T", "t");
        assertThat(AnnualReport.trend(context, "5.9", "visits", trend).title()).isEqualTo("5.9");
    }

    private static ConsolidatedFigure trendFigure(int year, int quarter, String code, String measure, String span,
                                                  String value, int reporting) {
        return new ConsolidatedFigure("17", "Ўзбекистон", "O‘zbekiston", "nation", 0, year, quarter, span, 1, code, code,
                "V", "Х", "X", "Т", "T", null, 0, measure, "т", "t", false, big(value), reporting, 205, null, null, 0,
                null, null, 0, 0, false);
    }

    private static ConsolidatedFigure line(int ordinal, String indicator, String seed, String parent, int depth,
                                           String section, String measure, int quarter, String span, String value) {
        return new ConsolidatedFigure("1706246", "Жондор", "Jondor", "district", 0, 2021, quarter, span, ordinal,
                indicator, seed, section, "Бўлим " + section, "Bo‘lim " + section, "Қатор " + indicator,
                "Qator " + indicator, parent, depth, measure, "ўлчов " + measure, "o‘lchov " + measure, false, big(value),
                1, 1, span.equals("ytd") ? big("100") : null, null, 1, big(value), span.equals("ytd") ? big("100") : null,
                1, 0, false, null);
    }

    @Test
    void givenFiguresOfSectionsAndParts_whenLinesBuilt_thenHeadingsFirstMeasuresAndInheritedNumbers() {
        List<ConsolidatedFigure> figures = List.of(
                line(1, "1.1", "1.1", null, 0, "I", "titles", 1, "quarter", "10"),
                line(1, "1.1", "1.1", null, 0, "I", "titles", 2, "quarter", "11"),
                line(2, "1.1", "1.1", null, 0, "I", "copies", 1, "quarter", "20"),
                line(3, "1.1.a", null, "1.1", 1, "I", "titles", 1, "quarter", "4"),
                line(4, "2.1", "2.1", null, 0, "II", "titles", 1, "quarter", "7"),
                line(5, "2.1.a", null, "9.9", 1, "II", "titles", 1, "quarter", "1"));
        FigureLines lines = new FigureLines(figures, Script.LATN);
        List<ReportLine> all = lines.all();

        assertThat(all).extracting(ReportLine::getIndex).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(all).extracting(ReportLine::isHeading).containsExactly(true, false, false, false, true, false, false);
        assertThat(all.get(0).getLabel()).isEqualTo("I. Bo‘lim I");
        assertThat(all.get(4).getLabel()).isEqualTo("II. Bo‘lim II");
        assertThat(all).extracting(ReportLine::getNumber).containsExactly("", "1.1", "1.1", "1.1", "", "2.1", "");
        assertThat(all).extracting(ReportLine::isFirst).containsExactly(true, true, true, true, true, true, true);
        assertThat(all).extracting(ReportLine::isNumberPlain)
                .containsExactly(true, true, true, false, true, true, false);
        assertThat(all.get(2).getMeasure()).isEqualTo("o‘lchov copies");
        assertThat(lines.line(figures.get(1))).isSameAs(all.get(1));
        assertThat(lines.line(figures.get(2))).isSameAs(all.get(2));
        assertThat(FigureLines.key(figures.get(2))).isEqualTo("2/copies");
    }

    @Test
    void givenADistrictsQuartersAndYear_whenProfileBuilt_thenEachQuarterInItsColumnAndTheYearWithFulfilment() {
        List<ConsolidatedFigure> figures = List.of(
                line(1, "5.1", "5.1", null, 0, "V", "visits", 1, "quarter", "10"),
                line(1, "5.1", "5.1", null, 0, "V", "visits", 3, "quarter", "30"),
                line(1, "5.1", "5.1", null, 0, "V", "visits", 4, "ytd", "37"));
        JasperInput input = DistrictProfileReport.build(context(ReportType.DISTRICT_PROFILE, 4, Script.LATN), "Buxoro",
                figures);

        assertThat(input.rows()).hasSize(2);
        ReportLine line = (ReportLine) input.rows().get(1).get("line");
        assertThat(line.get("q1")).isEqualTo(big("10"));
        assertThat(line.get("q2")).isEqualTo("—");
        assertThat(line.get("q3")).isEqualTo(big("30"));
        assertThat(line.get("year")).isEqualTo(big("37"));
        assertThat(line.get("plan")).isEqualTo(big("100"));
        assertThat(line.get("fulfilment")).isEqualTo(new BigDecimal("37.0"));
        assertThat(line.get("yearMark")).isEqualTo("");
        assertThat(input.parameters()).containsEntry("L_PREVIOUS", Texts.get(Script.LATN, "col.previous") + ", 2020")
                .containsEntry("L_Q4", Texts.get(Script.LATN, "col.quarter", "IV"));
        assertThat((String) input.parameters().get("SUBTITLE")).contains("Buxoro");
    }
}
