package uz.natlib.libstats.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;

/**
 * region-quarter and nation-quarter: on each line the territory's quarter with the same quarter a
 * year before, its year to date with plan and like-for-like fulfilment; in the first crosstab each
 * child territory's quarter, in the second its year to date and fulfilment. A region's districts
 * are preceded by two subtotals, its districts proper and its cities.
 * Figures: the territory (tier 0) and its children (tier 1), spans quarter and ytd.
 */
final class QuarterReport {

    static final String DISTRICT_KIND = "district";
    static final String CITY_KIND = "city";

    private QuarterReport() {
    }

    static JasperInput build(ReportContext context, List<ConsolidatedFigure> figures) {
        Script script = context.script();
        boolean nation = context.type() == ReportType.NATION_QUARTER;
        FigureLines lines = new FigureLines(figures, script);
        Map<String, ReportColumn> columns = new LinkedHashMap<>();
        Map<String, Integer> kindCounts = new HashMap<>();
        if (!nation) {
            figures.stream().filter(f -> f.tier() == 1).map(f -> f.territoryCode() + "|" + f.territoryKind()).distinct()
                    .forEach(key -> kindCounts.merge(key.substring(key.indexOf('|') + 1), 1, Integer::sum));
            for (String kind : List.of(DISTRICT_KIND, CITY_KIND)) {
                if (kindCounts.getOrDefault(kind, 0) > 0) {
                    columns.put(kind, new ReportColumn(columns.size(), kind,
                            context.text("col.subtotal." + kind, kindCounts.get(kind))));
                }
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (ConsolidatedFigure f : figures) {
            ReportLine line = lines.line(f);
            boolean quarter = f.span().equals("quarter");
            if (f.tier() == 0 && quarter) {
                line.put("total", f.value()).putText("reporting", FigureCells.reporting(f))
                        .putPrevious(f, context).put("change", FigureCells.change(f));
            } else if (f.tier() == 0) {
                line.put("ytd", f.value()).putText("ytdMark", FigureCells.carriedMark(f))
                        .putText("ytdReporting", FigureCells.reportingWithCarried(f))
                        .put("plan", f.plan()).put("fulfilment", f.fulfilmentPct())
                        .putText("coverage", FigureCells.planCoverage(f));
            } else {
                ReportColumn column = columns.computeIfAbsent(f.territoryCode(),
                        code -> new ReportColumn(columns.size(), code, script.pick(f.territoryCyrl(), f.territoryLatn())));
                cells.computeIfAbsent(FigureLines.key(f) + "|" + column.getCode(), k -> new Cell(line, column)).add(f, quarter);
                ReportColumn subtotal = columns.get(f.territoryKind());
                if (subtotal != null) {
                    cells.computeIfAbsent(FigureLines.key(f) + "|" + subtotal.getCode(), k -> new Cell(line, subtotal))
                            .add(f, quarter);
                }
            }
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        cells.values().forEach(cell -> rows.add(cell.row()));
        // A heading needs a record per column, or the crosstab would leave its row out or unruled.
        for (ReportLine line : lines.all()) {
            if (line.isHeading()) {
                columns.values().forEach(column -> rows.add(Map.of("line", line, "column", column, "value", "",
                        "ytd", "", "fulfilment", "")));
            }
        }
        Map<String, Object> p = context.parameters();
        p.put("SUBTITLE", context.subtitle(context.text("subtitle." + context.type().code())));
        p.put("L_NUMBER", context.text("col.number"));
        p.put("L_INDICATOR", context.text("col.indicator"));
        p.put("L_MEASURE", context.text("col.measure"));
        p.put("L_TOTAL", context.text(nation ? "col.total.nation" : "col.total.region") + ", "
                + context.text("col.quarter", Texts.quarter(context.quarter())));
        p.put("L_REPORTING", context.text("col.reporting"));
        p.put("L_PREVIOUS", context.text("col.previousQuarter", Texts.quarter(context.quarter())));
        p.put("L_CHANGE", context.text("col.change"));
        p.put("L_YTD", context.text("col.ytd"));
        p.put("L_YTD_REPORTING", context.text("col.ytdReporting"));
        p.put("L_PLAN", context.text("col.plan"));
        p.put("L_FULFILMENT", context.text("col.fulfilment"));
        p.put("L_COVERAGE", context.text("col.planCoverage"));
        p.put("L_PART_QUARTER", context.text(nation ? "part.quarter.regions" : "part.quarter.districts",
                Texts.quarter(context.quarter())));
        p.put("L_PART_YTD", context.text(nation ? "part.ytd.regions" : "part.ytd.districts"));
        p.put("L_CHILD_YTD", context.text("col.ytdShort"));
        p.put("L_CHILD_FULFILMENT", "%");
        String legend = Legends.of(context, "legend.blank", "legend.reporting", "legend.stock", "legend.carried",
                "legend.fulfilment", "legend.change", nation ? "legend.regions" : "legend.subtotals");
        List<String> silent = silentChildren(figures, script);
        p.put("LEGEND", silent.isEmpty() ? legend
                : legend + ".\n" + context.text("notice.noReturns", String.join(", ", silent)));
        return new JasperInput(ReportDesigns.REGION_QUARTER, p, rows);
    }

    /** The child territories without a single figure for the quarter: a region none of whose districts reported. */
    static List<String> silentChildren(List<ConsolidatedFigure> figures, Script script) {
        Map<String, String> names = new LinkedHashMap<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (ConsolidatedFigure f : figures) {
            if (f.tier() == 1 && f.span().equals("quarter")) {
                names.putIfAbsent(f.territoryCode(), script.pick(f.territoryCyrl(), f.territoryLatn()));
                if (f.value() != null) {
                    reported.add(f.territoryCode());
                }
            }
        }
        names.keySet().removeAll(reported);
        return List.copyOf(names.values());
    }

    /**
     * One child territory (or subtotal) on one line: its quarter, year to date and fulfilment. A
     * subtotal adds its districts' figures where they reported and its fulfilment is like for like,
     * as the consolidation's own totals.
     */
    private static final class Cell {
        private final ReportLine line;
        private final ReportColumn column;
        private BigDecimal quarter;
        private BigDecimal ytd;
        private BigDecimal matchedValue;
        private BigDecimal matchedPlan;

        Cell(ReportLine line, ReportColumn column) {
            this.line = line;
            this.column = column;
        }

        void add(ConsolidatedFigure f, boolean quarterSpan) {
            if (quarterSpan) {
                quarter = plus(quarter, f.value());
            } else {
                ytd = plus(ytd, f.value());
                matchedValue = plus(matchedValue, f.matchedValue());
                matchedPlan = plus(matchedPlan, f.matchedPlan());
            }
        }

        Map<String, ?> row() {
            BigDecimal fulfilment = matchedValue == null || matchedPlan == null || matchedPlan.signum() == 0 ? null
                    : matchedValue.multiply(BigDecimal.valueOf(100)).divide(matchedPlan, 1, java.math.RoundingMode.HALF_UP);
            return Map.of("line", line, "column", column, "value", line.show(quarter), "ytd", line.show(ytd),
                    "fulfilment", line.show(fulfilment));
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
            return value == null ? sum : sum == null ? value : sum.add(value);
        }
    }
}
