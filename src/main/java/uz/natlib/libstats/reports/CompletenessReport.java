package uz.natlib.libstats.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.Completeness;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.DistrictSubmission;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository;
import uz.natlib.libstats.vocabulary.Script;

/**
 * completeness: part 1 the districts of each region (and the nation): expected = accepted + only
 * rejected + nothing received, and of the accepted, on time + late; part 2 each district's
 * standing, grouped by region, those without an accepted return marked.
 */
final class CompletenessReport {

    private CompletenessReport() {
    }

    static JasperInput build(ReportContext context, List<Completeness> counts, List<DistrictSubmission> districts) {
        Script script = context.script();
        List<Map<String, ?>> rows = new ArrayList<>();
        LocalDate due = counts.isEmpty() ? null : counts.get(0).dueDate();
        for (Completeness c : counts) {
            Map<String, Object> row = new HashMap<>();
            row.put("part", 1);
            row.put("regionCode", c.territoryCode());
            row.put("nation", c.territoryCode().equals(Territory.NATION));
            row.put("name", script.pick(c.nameCyrl(), c.nameLatn()));
            row.put("expected", c.expected());
            row.put("accepted", c.accepted());
            row.put("onlyRejected", c.onlyRejected());
            row.put("nothingReceived", c.nothingReceived());
            row.put("onTime", c.onTime());
            row.put("late", c.late());
            rows.add(row);
        }
        for (DistrictSubmission d : districts) {
            Map<String, Object> row = new HashMap<>();
            row.put("part", 2);
            row.put("regionCode", d.regionCode());
            row.put("regionName", script.pick(d.regionCyrl(), d.regionLatn()));
            row.put("name", script.pick(d.nameCyrl(), d.nameLatn()));
            row.put("status", context.text("status." + d.status()));
            row.put("notAccepted", !d.status().equals(ConsolidatedFiguresRepository.ACCEPTED));
            row.put("submitted", d.receivedAt() == null ? ReportLine.BLANK : ReportContext.tashkent(d.receivedAt()));
            row.put("timeliness", timeliness(context, d, due));
            // no file, no check: nothing received has no warnings to count, which is not zero warnings
            boolean none = d.status().equals(ConsolidatedFiguresRepository.NOTHING_RECEIVED);
            row.put("warnings", none ? ReportLine.BLANK : d.warnings());
            row.put("errors", none ? ReportLine.BLANK : d.errors());
            row.put("files", d.files());
            rows.add(row);
        }
        Map<String, Object> p = context.parameters();
        p.put("SUBTITLE", context.subtitle(context.text("subtitle.completeness", due == null ? ReportLine.BLANK
                : due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
        p.put("LEGEND", context.text("legend.completeness"));
        p.put("L_PART_1", context.text("part.regions"));
        p.put("L_PART_2", context.text("part.districts"));
        for (String[] k : new String[][] {{"L_TERRITORY", "col.territory"}, {"L_DISTRICTS", "col.districts"},
                {"L_EXPECTED", "col.expected"}, {"L_ACCEPTED", "col.accepted"}, {"L_ONLY_REJECTED", "col.onlyRejected"},
                {"L_NOTHING_RECEIVED", "col.nothingReceived"}, {"L_ON_TIME", "col.onTime"}, {"L_LATE", "col.late"},
                {"L_DISTRICT", "col.district"}, {"L_STATUS", "col.status"}, {"L_SUBMITTED", "col.submitted"},
                {"L_TIMELINESS", "col.timeliness"}, {"L_WARNINGS", "col.warnings"}, {"L_ERRORS", "col.errors"},
                {"L_FILES", "col.files"}}) {
            p.put(k[0], context.text(k[1]));
        }
        return new JasperInput(ReportDesigns.COMPLETENESS, p, rows);
    }

    /** On time if accepted by the due date, Tashkent calendar, as the consolidation counts it. */
    static String timeliness(ReportContext context, DistrictSubmission d, LocalDate due) {
        if (due == null || d.receivedAt() == null || !d.status().equals(ConsolidatedFiguresRepository.ACCEPTED)) {
            return "";
        }
        LocalDate day = d.receivedAt().atZoneSameInstant(ReportContext.TASHKENT).toLocalDate();
        return context.text(day.isAfter(due) ? "timeliness.late" : "timeliness.onTime");
    }
}
