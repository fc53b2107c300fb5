package uz.natlib.libstats.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;

/**
 * region-quarter and nation-quarter: the territory's quarter, year to date, plan and fulfilment
 * on each line, and each child territory's quarter in the crosstab columns.
 * Figures: the territory (tier 0) and its children (tier 1), spans quarter and ytd.
 */
final class QuarterReport {

    private QuarterReport() {
    }

    static JasperInput build(ReportContext context, List<ConsolidatedFigure> figures) {
        Script script = context.script();
        FigureLines lines = new FigureLines(figures, script);
        Map<String, ReportColumn> columns = new LinkedHashMap<>();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ConsolidatedFigure f : figures) {
            ReportLine line = lines.line(f);
            if (f.tier() == 0 && f.span().equals("quarter")) {
                line.put("total", f.value()).putText("reporting", FigureCells.reporting(f))
                        .put("previous", f.previous()).put("change", AnnualReport.change(f.value(), f.previous()));
            } else if (f.tier() == 0) {
                line.put("ytd", f.value()).putText("ytdMark", FigureCells.carriedMark(f))
                        .putText("ytdReporting", FigureCells.reportingWithCarried(f))
                        .put("plan", f.plan()).put("fulfilment", f.fulfilmentPct())
                        .putText("coverage", FigureCells.planCoverage(f));
            } else if (f.span().equals("quarter")) {
                ReportColumn column = columns.computeIfAbsent(f.territoryCode(),
                        code -> new ReportColumn(columns.size(), code, script.pick(f.territoryCyrl(), f.territoryLatn())));
                rows.add(Map.of("line", line, "column", column, "value", line.show(f.value())));
            }
        }
        // A heading needs a record per column, or the crosstab would leave its row out or unruled.
        for (ReportLine line : lines.all()) {
            if (line.isHeading()) {
                columns.values().forEach(column -> rows.add(Map.of("line", line, "column", column, "value", "")));
            }
        }
        Map<String, Object> p = context.parameters();
        boolean nation = context.type() == ReportType.NATION_QUARTER;
        p.put("SUBTITLE", context.text("subtitle." + context.type().code()));
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
        p.put("LEGEND", Legends.of(context, "legend.blank", "legend.reporting", "legend.stock", "legend.carried",
                "legend.fulfilment", "legend.change"));
        return new JasperInput(ReportDesigns.REGION_QUARTER, p, rows);
    }
}
