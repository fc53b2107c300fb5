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
    private final Map<String, String> numbers = new java.util.HashMap<>();

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
            String number = number(f);
            byKey.put(key, new ReportLine(index++, false, number, script.pick(f.labelCyrl(), f.labelLatn()), f.depth(),
                    script.pick(f.measureCyrl(), f.measureLatn()), f.decimals(), f.stock(), first, f.seedNumber() != null));
        }
    }

    /**
     * The seed number of the line, or for an "of which" part (which has none of its own) its total's,
     * so that a part starting a page still says whose part it is; the reports print an inherited
     * number quietly. Totals come before their parts, so a part finds its total's number here.
     */
    private String number(ConsolidatedFigure f) {
        String own = f.seedNumber() != null ? f.seedNumber() : f.parentCode() != null
                ? numbers.getOrDefault(f.parentCode(), "") : "";
        numbers.putIfAbsent(f.indicatorCode(), own);
        return own;
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
