package uz.natlib.libstats.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;

/**
 * nation-year: the nation's year (year to date at quarter IV) with plan, fulfilment and change
 * against the previous year, each region's year in the columns, and the charts of page one.
 */
final class AnnualReport {

    /** The quarterly trend charts: indicator code and the measure drawn. */
    static final List<String[]> TREND = List.of(new String[] {"5.1", "visits"}, new String[] {"5.4", "events"},
            new String[] {"1.2", "copies"});

    private AnnualReport() {
    }

    /**
     * @param year  the nation (tier 0) and the regions (tier 1), span ytd at quarter 4
     * @param trend the nation's quarters (span quarter, quarters 1-4) of the {@link #TREND} indicators
     */
    static JasperInput build(ReportContext context, List<ConsolidatedFigure> year, List<ConsolidatedFigure> trend) {
        Script script = context.script();
        FigureLines lines = new FigureLines(year, script);
        Map<String, ReportColumn> columns = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> fulfilment = new LinkedHashMap<>();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ConsolidatedFigure f : year) {
            ReportLine line = lines.line(f);
            if (f.tier() == 0) {
                line.put("total", f.value()).putText("totalMark", FigureCells.carriedMark(f))
                        .putText("reporting", FigureCells.reportingWithCarried(f))
                        .put("plan", f.plan()).put("fulfilment", f.fulfilmentPct())
                        .putText("coverage", FigureCells.planCoverage(f))
                        .putPrevious(f, context).put("change", FigureCells.change(f));
                continue;
            }
            String name = script.pick(f.territoryCyrl(), f.territoryLatn());
            ReportColumn column = columns.computeIfAbsent(f.territoryCode(),
                    code -> new ReportColumn(columns.size(), code, name));
            rows.add(Map.of("line", line, "column", column, "value", line.show(f.value())));
            List<BigDecimal> pcts = fulfilment.computeIfAbsent(name, n -> new ArrayList<>());
            if (f.fulfilmentPct() != null) {
                pcts.add(f.fulfilmentPct());
            }
        }
        for (ReportLine line : lines.all()) {
            if (line.isHeading()) {
                columns.values().forEach(column -> rows.add(Map.of("line", line, "column", column, "value", "")));
            }
        }
        Map<String, Object> p = context.parameters();
        p.put("SUBTITLE", context.subtitle(context.text("subtitle.nation-year")));
        p.put("L_NUMBER", context.text("col.number"));
        p.put("L_INDICATOR", context.text("col.indicator"));
        p.put("L_MEASURE", context.text("col.measure"));
        p.put("L_TOTAL", context.text("col.total.nation") + ", " + context.text("col.yearEnd", context.year()));
        p.put("L_REPORTING", context.text("col.reporting"));
        p.put("L_PLAN", context.text("col.plan"));
        p.put("L_FULFILMENT", context.text("col.fulfilment"));
        p.put("L_COVERAGE", context.text("col.planCoverage"));
        p.put("LEGEND", Legends.of(context, "legend.blank", "legend.reporting", "legend.stock", "legend.carried",
                "legend.fulfilment", "legend.change"));
        p.put("L_PREVIOUS", context.text("col.previous") + ", " + (context.year() - 1));
        p.put("L_CHANGE", context.text("col.change"));
        charts(context, fulfilment, year, trend, p);
        return new JasperInput(ReportDesigns.NATION_YEAR, p, rows);
    }

    static BigDecimal change(BigDecimal value, BigDecimal previous) {
        return value == null || previous == null || previous.signum() == 0 ? null
                : value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
    }

    private static void charts(ReportContext context, Map<String, List<BigDecimal>> fulfilment, List<ConsolidatedFigure> year,
                               List<ConsolidatedFigure> trend, Map<String, Object> p) {
        String noData = context.text("chart.noData");
        Map<ChartImages.BarState, String> words = Map.of(ChartImages.BarState.NO_PLAN, context.text("chart.bar.noPlan"),
                ChartImages.BarState.NO_DATA, context.text("chart.bar.noData"));
        p.put("CHART_FULFILMENT", ChartImages.bars(context.text("chart.fulfilment"),
                fulfilmentBars(context.script(), fulfilment, year), words, noData, 1150, 250));
        for (int i = 0; i < TREND.size(); i++) {
            Trend chart = trend(context, TREND.get(i)[0], TREND.get(i)[1], trend);
            p.put("CHART_TREND_" + (i + 1), ChartImages.lines(chart.title(), context.text("chart.trend.subtitle"),
                    context.text("chart.trend.axis"), chart.categories(), chart.series(), noData, 376, 225));
        }
    }

    /**
     * Every region keeps its place on the axis: its median fulfilment, or why it has none: no
     * plan (figures, but none with a plan beside it) or no data (no figure at all).
     */
    static List<ChartImages.Bar> fulfilmentBars(Script script, Map<String, List<BigDecimal>> fulfilment,
                                                List<ConsolidatedFigure> year) {
        java.util.Set<String> withData = new java.util.HashSet<>();
        year.stream().filter(f -> f.tier() == 1 && f.value() != null)
                .forEach(f -> withData.add(script.pick(f.territoryCyrl(), f.territoryLatn())));
        return fulfilment.entrySet().stream().map(e -> ChartImages.Bar.of(e.getKey(),
                e.getValue().isEmpty() ? null : median(e.getValue()), withData.contains(e.getKey()))).toList();
    }

    /** A trend chart's title, its categories (quarters with their reporting counts) and its series by legend name. */
    record Trend(String title, List<String> categories, Map<String, Number[]> series) {
    }

    /**
     * One trend chart. The nation's total falls whenever fewer districts report, so what is drawn
     * is comparable from quarter to quarter: the mean per reporting district (the total over the
     * districts that reported it), and each quarter's category says how many did, "I (22)". The
     * previous year likewise, from its own consolidation, and only where it has figures.
     *
     * @param trend the nation's quarters of this year and, where consolidated, of the year before
     */
    static Trend trend(ReportContext context, String code, String measure, List<ConsolidatedFigure> trend) {
        Number[] now = new Number[4];
        Number[] before = new Number[4];
        int[] reporting = new int[4];
        String label = code;
        for (ConsolidatedFigure f : trend) {
            if (!f.indicatorCode().equals(code) || !f.measureKey().equals(measure) || !f.span().equals("quarter")) {
                continue;
            }
            if (f.year() == context.year()) {
                now[f.quarter() - 1] = mean(f.value(), f.reporting());
                reporting[f.quarter() - 1] = f.reporting();
                label = context.text("chart.trend", code + " " + context.script().pick(f.labelCyrl(), f.labelLatn()),
                        context.script().pick(f.measureCyrl(), f.measureLatn()));
            } else if (f.year() == context.year() - 1) {
                before[f.quarter() - 1] = mean(f.value(), f.reporting());
            }
        }
        List<String> categories = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            categories.add(context.text("chart.quarter", Texts.quarter(q), reporting[q - 1]));
        }
        Map<String, Number[]> series = new LinkedHashMap<>();
        series.put(context.text("chart.year", context.year()), now);
        series.put(context.text("chart.year", context.year() - 1), before);
        return new Trend(label, categories, series);
    }

    /** The mean per reporting district, or none where no district reported. */
    static BigDecimal mean(BigDecimal value, int reporting) {
        return value == null || reporting == 0 ? null : value.divide(BigDecimal.valueOf(reporting), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
