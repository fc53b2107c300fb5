package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;

/**
 * What the quarterly report puts beside the figures (issue 11, point 8), on a region of two
 * districts and a city whose figures are written here: the same quarter a year before and the
 * change, each child's year to date and fulfilment, subtotals of districts and of cities, and
 * the line saying which files the report reflects.
 */
class QuarterReportTest {

    private static final OffsetDateTime NEWEST = OffsetDateTime.of(2021, 7, 9, 6, 15, 0, 0, ZoneOffset.UTC);

    private static ConsolidatedFigure figure(String code, String kind, int tier, String span, Integer value, Integer previous,
                                             Integer matchedValue, Integer matchedPlan) {
        return new ConsolidatedFigure(code, "Ҳудуд " + code, "Hudud " + code, kind, tier, 2021, 2, span, 1, "5.1", "5.1",
                "V", "Хизмат", "Xizmat", "Ташрифлар", "Tashriflar", null, 0, "visits", "ташриф", "tashrif", false,
                big(value), value == null ? 0 : 1, 3, big(matchedPlan), big(previous), matchedPlan == null ? 0 : 1,
                big(matchedValue), big(matchedPlan), matchedPlan == null ? 0 : 1, 0, false);
    }

    private static BigDecimal big(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static List<ConsolidatedFigure> figures() {
        List<ConsolidatedFigure> figures = new ArrayList<>();
        figures.add(figure("1706", "region", 0, "quarter", 600, 500, null, null));
        figures.add(figure("1706", "region", 0, "ytd", 1100, 900, 700, 1400));
        figures.add(figure("1706204", "district", 1, "quarter", 100, null, null, null));
        figures.add(figure("1706204", "district", 1, "ytd", 300, null, 300, 600));
        figures.add(figure("1706246", "district", 1, "quarter", 200, null, null, null));
        figures.add(figure("1706246", "district", 1, "ytd", 400, null, 400, 800));
        figures.add(figure("1706401", "city", 1, "quarter", 300, null, null, null));
        figures.add(figure("1706401", "city", 1, "ytd", 400, null, null, null));
        return figures;
    }

    private static ReportContext context() {
        return new ReportContext(ReportType.REGION_QUARTER, 2021, 2, "1706", "Бухоро вилояти", "Buxoro viloyati",
                Script.CYRL, Optional.empty(), NEWEST, Optional.of(new DataAsOfRepository.DataAsOf(39,
                "1706246_2021Q2.xlsx", NEWEST, "Жондор тумани", "Jondor tumani")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(JasperInput input, String column) {
        return (Map<String, Object>) input.rows().stream().filter(r -> ((ReportColumn) r.get("column")).getCode().equals(column))
                .filter(r -> !((ReportLine) r.get("line")).isHeading()).findFirst().orElseThrow();
    }

    @Test
    void givenTheSameQuarterAYearBefore_whenBuilt_thenTheLineHasItAndTheChange() {
        ReportLine line = (ReportLine) cell(QuarterReport.build(context(), figures()), "1706204").get("line");
        assertThat(line.get("previous")).isEqualTo(BigDecimal.valueOf(500));
        // (600 - 500) / 500 = +20.0 %
        assertThat((BigDecimal) line.get("change")).isEqualByComparingTo("20.0");
        // fulfilment like for like: 700 of 1400
        assertThat((BigDecimal) line.get("fulfilment")).isEqualByComparingTo("50.0");
    }

    @Test
    void givenDistrictsAndACity_whenBuilt_thenEachChildHasItsYearToDateAndFulfilmentAndTheSubtotalsAddThem() {
        JasperInput input = QuarterReport.build(context(), figures());
        assertThat(cell(input, "1706204")).containsEntry("value", BigDecimal.valueOf(100))
                .containsEntry("ytd", BigDecimal.valueOf(300));
        assertThat((BigDecimal) cell(input, "1706204").get("fulfilment")).isEqualByComparingTo("50.0");
        // districts: 100 + 200 in the quarter, 300 + 400 to date, (300 + 400) / (600 + 800) = 50 %
        assertThat((BigDecimal) cell(input, QuarterReport.DISTRICT_KIND).get("value")).isEqualByComparingTo("300");
        assertThat((BigDecimal) cell(input, QuarterReport.DISTRICT_KIND).get("ytd")).isEqualByComparingTo("700");
        assertThat((BigDecimal) cell(input, QuarterReport.DISTRICT_KIND).get("fulfilment")).isEqualByComparingTo("50.0");
        // the city alone, without a plan: no fulfilment, the blank sign
        assertThat((BigDecimal) cell(input, QuarterReport.CITY_KIND).get("value")).isEqualByComparingTo("300");
        assertThat(cell(input, QuarterReport.CITY_KIND).get("fulfilment")).isEqualTo(ReportLine.BLANK);
        // the subtotals come first, named with how many they add
        List<ReportColumn> columns = input.rows().stream().map(r -> (ReportColumn) r.get("column")).distinct().sorted().toList();
        assertThat(columns.get(0).getName()).isEqualTo("Туманлар жами (2)");
        assertThat(columns.get(1).getName()).isEqualTo("Шаҳарлар жами (1)");
    }

    @Test
    void givenTheNewestFile_whenBuilt_thenTheSubtitleSaysWhichFilesTheReportReflectsInTashkentTime() {
        String subtitle = (String) QuarterReport.build(context(), figures()).parameters().get("SUBTITLE");
        // 06:15 UTC is 11:15 in Tashkent
        assertThat(subtitle).contains("39 та файл", "«1706246_2021Q2.xlsx»", "Жондор тумани", "09.07.2021 11:15");
    }

    @Test
    void givenARegionWithoutAFigureForTheQuarter_whenTheNationIsBuilt_thenTheLegendNamesIt() {
        List<ConsolidatedFigure> figures = new ArrayList<>(figures());
        figures.add(figure("1718", "region", 1, "quarter", null, null, null, null));
        figures.add(figure("1718", "region", 1, "ytd", 250, null, null, null));
        ReportContext nation = new ReportContext(ReportType.NATION_QUARTER, 2021, 2, "17", "Ўзбекистон", "Oʻzbekiston",
                Script.CYRL, Optional.empty(), NEWEST, Optional.empty());
        String legend = (String) QuarterReport.build(nation, figures).parameters().get("LEGEND");
        // 1718 has a figure carried in its year to date but none for the quarter itself: it sent no return
        assertThat(legend).contains("қабул қилинган ҳисоботи йўқ", "Ҳудуд 1718").doesNotContain("Ҳудуд 1706204");
    }

    @Test
    void givenTheNation_whenBuilt_thenNoSubtotals() {
        ReportContext nation = new ReportContext(ReportType.NATION_QUARTER, 2021, 2, "17", "Ўзбекистон", "Oʻzbekiston",
                Script.CYRL, Optional.empty(), NEWEST, Optional.empty());
        JasperInput input = QuarterReport.build(nation, figures());
        assertThat(input.rows()).noneMatch(r -> ((ReportColumn) r.get("column")).getCode().equals(QuarterReport.CITY_KIND));
    }
}
