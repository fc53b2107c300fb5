package uz.natlib.libstats.reports;

import java.util.List;
import java.util.Map;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;

/** district-profile: one district's quarters I-IV, its year, plan, fulfilment and previous year. */
final class DistrictProfileReport {

    private DistrictProfileReport() {
    }

    /** @param figures the district's quarters (span quarter) and its year (span ytd at quarter 4) */
    static JasperInput build(ReportContext context, String regionName, List<ConsolidatedFigure> figures) {
        FigureLines lines = new FigureLines(figures, context.script());
        for (ConsolidatedFigure f : figures) {
            ReportLine line = lines.line(f);
            if (f.span().equals("quarter")) {
                line.put("q" + f.quarter(), f.value());
            } else {
                line.put("year", f.value()).putText("yearMark", FigureCells.carriedMark(f)).put("plan", f.plan()).put("fulfilment", f.fulfilmentPct())
                        .putPrevious(f, context);
            }
        }
        List<Map<String, ?>> rows = lines.all().stream().<Map<String, ?>>map(line -> Map.of("line", line)).toList();
        Map<String, Object> p = context.parameters();
        p.put("SUBTITLE", context.subtitle(context.text("subtitle.district-profile", regionName)));
        p.put("L_NUMBER", context.text("col.number"));
        p.put("L_INDICATOR", context.text("col.indicator"));
        p.put("L_MEASURE", context.text("col.measure"));
        for (int q = 1; q <= 4; q++) {
            p.put("L_Q" + q, context.text("col.quarter", Texts.quarter(q)));
        }
        p.put("L_YEAR", context.text("col.yearEnd", context.year()));
        p.put("LEGEND", Legends.of(context, "legend.blank", "legend.district.stock", "legend.district.carried",
                "legend.district.fulfilment"));
        p.put("L_PLAN", context.text("col.plan"));
        p.put("L_FULFILMENT", context.text("col.fulfilment"));
        p.put("L_PREVIOUS", context.text("col.previous") + ", " + (context.year() - 1));
        return new JasperInput(ReportDesigns.DISTRICT_PROFILE, p, rows);
    }
}
