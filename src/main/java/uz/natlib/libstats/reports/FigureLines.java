package uz.natlib.libstats.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The printed lines of a figures report, built from figures in catalogue order: a heading at
 * each new section, then one line per indicator measure. Every line carries its indicator's
 * number and label; the reports print them in full on the first measure and quietly on the
 * others, so a two-measure indicator reads as one block and no line starts a page nameless.
 */
final class FigureLines {

    private final Map<String, ReportLine> byKey = new LinkedHashMap<>();

    FigureLines(List<ConsolidatedFigure> figures, Script script) {
        String section = null;
        int lastOrdinal = -1;
        int index = 0;
        for (ConsolidatedFigure f : figures) {
            String key = key(f);
            if (byKey.containsKey(key)) {
                continue;
            }
            if (!f.sectionCode().equals(section)) {
                section = f.sectionCode();
                byKey.put("section " + section,
                        ReportLine.heading(index++, section + ". " + script.pick(f.sectionCyrl(), f.sectionLatn())));
            }
            boolean first = f.ordinal() != lastOrdinal;
            lastOrdinal = f.ordinal();
            byKey.put(key, new ReportLine(index++, false, f.seedNumber() != null ? f.seedNumber() : "",
                    script.pick(f.labelCyrl(), f.labelLatn()), f.depth(),
                    script.pick(f.measureCyrl(), f.measureLatn()), f.decimals(), f.stock(), first));
        }
    }

    static String key(ConsolidatedFigure f) {
        return f.ordinal() + "/" + f.measureKey();
    }

    ReportLine line(ConsolidatedFigure f) {
        return byKey.get(key(f));
    }

    List<ReportLine> all() {
        return List.copyOf(byKey.values());
    }
}
