package uz.natlib.libstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.reports.ChartImages.Bar;
import uz.natlib.libstats.reports.ChartImages.BarState;
import uz.natlib.libstats.vocabulary.Script;

/** The annual report's charts: comparable trend values with their coverage, honest legends and bars. */
class AnnualChartsTest {

    static final ReportContext CONTEXT = new ReportContext(ReportType.NATION_YEAR, 2021, 4, "17", "Ўзбекистон Республикаси",
            "Oʻzbekiston Respublikasi", Script.CYRL, Optional.empty(), OffsetDateTime.now(ReportContext.TASHKENT),
            Optional.empty());

    /** The nation's 5.1 visits by quarter as the issue saw them fall: value and reporting districts. */
    static final long[][] VISITS_2021 = {{26_466, 22}, {17_600, 16}, {15_393, 14}, {13_000, 13}};

    static ConsolidatedFigure figure(int year, int quarter, String code, String measure, long value, int reporting) {
        return new ConsolidatedFigure("17", "Ўзбекистон Республикаси", "Oʻzbekiston Respublikasi", "nation", 0, year, quarter,
                "quarter",
                1, code, code, "V", "Хизмат", "Xizmat", "Китобхоналар қатнови - Жами", "Kitobxonalar qatnovi - Jami", null, 0,
                measure, "қатнов", "qatnov", false, reporting == 0 ? null : BigDecimal.valueOf(value), reporting, 205, null, null,
                0, null, null, 0, 0, false);
    }

    static List<ConsolidatedFigure> visits2021() {
        List<ConsolidatedFigure> figures = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            figures.add(figure(2021, q, "5.1", "visits", VISITS_2021[q - 1][0], (int) VISITS_2021[q - 1][1]));
        }
        return figures;
    }

    @Test
    void givenFewerDistrictsEachQuarter_whenTheTrendIsDrawn_thenTheMeanPerReportingDistrictAndTheCountInTheCategory() {
        AnnualReport.Trend trend = AnnualReport.trend(CONTEXT, "5.1", "visits", visits2021());
        assertThat(trend.categories()).containsExactly("I (22)", "II (16)", "III (14)", "IV (13)");
        Number[] drawn = trend.series().get("2021 йил");
        for (int q = 0; q < 4; q++) {
            BigDecimal mean = BigDecimal.valueOf(VISITS_2021[q][0]).divide(BigDecimal.valueOf(VISITS_2021[q][1]), 2,
                    RoundingMode.HALF_UP);
            assertThat((BigDecimal) drawn[q]).isEqualByComparingTo(mean);
        }
        // 26 466 / 22 = 1 203, 13 000 / 13 = 1 000: the totals halve, the mean per district falls by a sixth
        assertThat(((BigDecimal) drawn[0]).doubleValue()).isCloseTo(1203.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(trend.title()).startsWith("5.1 Китобхоналар қатнови - Жами, қатнов");
    }

    @Test
    void givenNoPreviousYear_whenTheTrendIsDrawn_thenItsLegendHasNoPreviousYear() {
        AnnualReport.Trend trend = AnnualReport.trend(CONTEXT, "5.1", "visits", visits2021());
        JFreeChart chart = ChartImages.lineChart(trend.title(), "s", "a", trend.categories(), trend.series(), "—");
        LegendItemCollection legend = chart.getCategoryPlot().getLegendItems();
        assertThat(legend.getItemCount()).isOne();
        assertThat(legend.get(0).getLabel()).isEqualTo("2021 йил");
    }

    @Test
    void givenAPreviousYearConsolidated_whenTheTrendIsDrawn_thenItsMeansAreTheSecondLine() {
        List<ConsolidatedFigure> figures = new ArrayList<>(visits2021());
        figures.add(figure(2020, 1, "5.1", "visits", 30_000, 24));
        figures.add(figure(2020, 3, "5.1", "visits", 21_000, 20));
        AnnualReport.Trend trend = AnnualReport.trend(CONTEXT, "5.1", "visits", figures);
        assertThat(trend.series().get("2020 йил")).containsExactly(new BigDecimal("1250.00"), null,
                new BigDecimal("1050.00"), null);
        JFreeChart chart = ChartImages.lineChart(trend.title(), "s", "a", trend.categories(), trend.series(), "—");
        assertThat(chart.getCategoryPlot().getLegendItems().getItemCount()).isEqualTo(2);
    }

    @Test
    void givenALongLabel_whenTheTrendIsDrawn_thenTheTitleIsWholeAndWraps() {
        String label = "Китоб ва китоб маҳсулотларига 2021 йил учун ажратилган смета ҳаражатлари ҳисобидан сотиб олинган "
                + "режалаштирилган (обуна) китоб, журнал, газеталарнинг жами";
        JFreeChart chart = ChartImages.lineChart("1.2 " + label, "s", "a", List.of("I (1)", "II (1)", "III (1)", "IV (1)"),
                Map.of("2021 йил", new Number[] {1, 2, 3, 4}), "—");
        assertThat(chart.getTitle().getText()).endsWith("газеталарнинг жами").doesNotContain("…");
        assertThat(chart.getTitle().getMaximumLinesToDisplay()).isGreaterThan(4);
        BufferedImage image = ChartImages.lines("1.2 " + label, "s", "a", List.of("I (1)", "II (1)", "III (1)", "IV (1)"),
                Map.of("2021 йил", new Number[] {1, 2, 3, 4}), "—", 376, 225);
        assertThat(image.getWidth()).isEqualTo(376 * 3);
    }

    @Test
    void givenRegionsWithAndWithoutPlansAndData_whenBarsAreChosen_thenValueZeroNoPlanAndNoDataApart() {
        Map<String, List<BigDecimal>> fulfilment = new LinkedHashMap<>();
        fulfilment.put("А", List.of(new BigDecimal("90"), new BigDecimal("110")));
        fulfilment.put("Б", List.of());
        fulfilment.put("В", List.of());
        fulfilment.put("Г", List.of(BigDecimal.ZERO));
        List<ConsolidatedFigure> year = List.of(region("А", 5), region("Б", 7), region("В", null), region("Г", 0));
        List<Bar> bars = AnnualReport.fulfilmentBars(Script.CYRL, fulfilment, year);
        assertThat(bars).extracting(Bar::state).containsExactly(BarState.VALUE, BarState.NO_PLAN, BarState.NO_DATA,
                BarState.VALUE);
        assertThat((BigDecimal) bars.get(0).value()).isEqualByComparingTo("100");
        assertThat((BigDecimal) bars.get(3).value()).isEqualByComparingTo("0");

        JFreeChart chart = ChartImages.barChart("t", bars, Map.of(BarState.NO_PLAN, "режа йўқ", BarState.NO_DATA,
                "маълумот йўқ"), "—");
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getValue("", "Г").doubleValue()).isZero();
        assertThat(data.getValue("", "Б")).isNull();
        // 0 % keeps a visible hairline bar and its "0"; the other two say why in words of their own look
        assertThat(((BarRenderer) chart.getCategoryPlot().getRenderer()).getMinimumBarLength()).isPositive();
        Map<Comparable<?>, CategoryTextAnnotation> why = new LinkedHashMap<>();
        for (Object a : chart.getCategoryPlot().getAnnotations()) {
            CategoryTextAnnotation text = (CategoryTextAnnotation) a;
            why.put(text.getCategory(), text);
        }
        assertThat(why).containsOnlyKeys("Б", "В");
        assertThat(why.get("Б").getText()).isEqualTo("режа йўқ");
        assertThat(why.get("В").getText()).isEqualTo("маълумот йўқ");
        assertThat(why.get("Б").getPaint()).isNotEqualTo(why.get("В").getPaint());
        assertThat(why.get("Б").getFont().getStyle()).isNotEqualTo(why.get("В").getFont().getStyle());
    }

    @Test
    void givenNoRegionWithAValue_whenTheBarChartIsDrawn_thenItSaysNoDataWithoutAxisOfEmptyBars() {
        JFreeChart chart = ChartImages.barChart("t", List.of(Bar.of("А", null, false), Bar.of("Б", null, true)),
                Map.of(BarState.NO_PLAN, "режа йўқ", BarState.NO_DATA, "маълумот йўқ"), "Маълумот йўқ");
        assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).isZero();
        assertThat(chart.getCategoryPlot().getAnnotations()).isEmpty();
    }

    private static ConsolidatedFigure region(String name, Integer value) {
        return new ConsolidatedFigure("17" + name, name, name, "region", 1, 2021, 4, "ytd", 1, "1.1", "1.1", "I", "", "", "", "", null, 0,
                "titles", "", "", false, value == null ? null : BigDecimal.valueOf(value), value == null ? 0 : 1, 13, null, null,
                0, null, null, 0, 0, false);
    }
}
