package uz.natlib.libstats.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;
import uz.natlib.libstats.reports.workbook.FigureTable;
import uz.natlib.libstats.reports.workbook.FigureTable.Column;
import uz.natlib.libstats.reports.workbook.FigureTable.Kind;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The figure reports as flat tables for their workbooks: one row per indicator measure with its
 * code, seed number, section, label, measure and whether it is a stock, then the territory's own
 * figures with each count in a column of its own, then a column per child territory and figure.
 */
final class FigureTables {

    /** Code, seed number, section, label and measure: what a row is, kept in view. */
    private static final int LABEL_COLUMNS = 5;

    private FigureTables() {
    }

    /** region-quarter and nation-quarter. */
    static FigureTable quarter(ReportContext context, List<ConsolidatedFigure> figures) {
        Table table = new Table(context, figures);
        String q = Texts.quarter(context.quarter());
        table.own("quarter", context.text("col.quarter", q), Kind.WHOLE, ConsolidatedFigure::value);
        table.own("quarter", context.text("col.reportingCount"), Kind.WHOLE, f -> f.reporting());
        table.own("quarter", context.text("col.expected"), Kind.WHOLE, f -> f.expected());
        table.own("quarter", context.text("col.previousQuarter", q), Kind.WHOLE, f -> FigureCells.previous(f, context));
        table.own("quarter", context.text("col.change"), Kind.PERCENT, f -> FigureCells.change(f));
        table.ownYearToDate(context, context.text("col.ytd"));
        table.children("quarter", context.text("col.quarter", q), Kind.WHOLE, ConsolidatedFigure::value);
        table.children("ytd", context.text("col.ytdShort"), Kind.WHOLE, ConsolidatedFigure::value);
        table.children("ytd", "%", Kind.PERCENT, ConsolidatedFigure::fulfilmentPct);
        return table.build(ReportType.REGION_QUARTER);
    }

    /** nation-year: the year (year to date at quarter IV) of the nation and of each region. */
    static FigureTable year(ReportContext context, List<ConsolidatedFigure> figures) {
        Table table = new Table(context, figures);
        table.ownYearToDate(context, context.text("col.yearEnd", context.year()));
        table.own("ytd", context.text("col.previous") + ", " + (context.year() - 1), Kind.WHOLE, f -> FigureCells.previous(f, context));
        table.own("ytd", context.text("col.change"), Kind.PERCENT, f -> FigureCells.change(f));
        table.children("ytd", context.text("col.yearEnd", context.year()), Kind.WHOLE, ConsolidatedFigure::value);
        table.children("ytd", "%", Kind.PERCENT, ConsolidatedFigure::fulfilmentPct);
        return table.build(ReportType.NATION_YEAR);
    }

    /** district-profile: the district's quarters, its year with plan, and the year before. */
    static FigureTable district(ReportContext context, List<ConsolidatedFigure> figures) {
        Table table = new Table(context, figures);
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            table.column(context.text("col.quarter", Texts.quarter(q)), Kind.WHOLE,
                    fs -> value(fs, "quarter", quarter, ConsolidatedFigure::value));
        }
        table.column(context.text("col.yearEnd", context.year()), Kind.WHOLE, fs -> value(fs, "ytd", 4, ConsolidatedFigure::value));
        table.column(context.text("col.carried"), Kind.WHOLE, fs -> value(fs, "ytd", 4, f -> f.carried()));
        table.column(context.text("col.plan"), Kind.WHOLE, fs -> value(fs, "ytd", 4, ConsolidatedFigure::plan));
        table.column(context.text("col.fulfilment"), Kind.PERCENT, fs -> value(fs, "ytd", 4, ConsolidatedFigure::fulfilmentPct));
        table.column(context.text("col.previous") + ", " + (context.year() - 1), Kind.WHOLE,
                fs -> value(fs, "ytd", 4, f -> FigureCells.previous(f, context)));
        return table.build(ReportType.DISTRICT_PROFILE);
    }

    /**
     * The qualitative rows on a sheet of their own: section, number and row, then the counts
     * (done, answered, expected; a year's also per quarter) or a district's answers and notes.
     */
    static FigureTable qualitative(ReportContext context, QualitativeTable table) {
        List<Column> columns = new ArrayList<>(List.of(new Column(context.text("col.section"), Kind.TEXT),
                new Column(table.label("NUMBER"), Kind.CODE), new Column(table.label("ROW"), Kind.TEXT)));
        List<String> keys = new ArrayList<>();
        boolean answers = table.getDesign().equals(QualitativeSection.ANSWERS);
        if (answers) {
            for (int q = 1; q <= 4; q++) {
                columns.add(new Column(table.label("Q" + q), Kind.TEXT));
                keys.add("q" + q);
            }
            columns.add(new Column(table.label("NOTE"), Kind.TEXT));
            keys.add(QualitativeTable.NOTE);
        } else {
            for (String key : List.of("done", "answered", "expected")) {
                columns.add(new Column(table.label(key.toUpperCase(java.util.Locale.ROOT)), Kind.WHOLE));
                keys.add(key);
            }
            if (table.isAnnual()) {
                for (int q = 1; q <= 4; q++) {
                    columns.add(new Column(table.label("Q" + q + "_DONE"), Kind.WHOLE));
                    columns.add(new Column(table.label("Q" + q + "_ANSWERED"), Kind.WHOLE));
                    keys.add("q" + q + "done");
                    keys.add("q" + q + "answered");
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (QualitativeLine line : table.lines()) {
            List<Object> row = new ArrayList<>(List.of(line.getSection(), line.getNumber(), line.getLabel()));
            for (String key : keys) {
                Object value = line.get(key);
                // the sender's note, cut to what a cell holds; a count where nobody answered an empty cell
                // (an answer's "—", no answer, stays: it is text among texts)
                row.add(key.equals(QualitativeTable.NOTE) && value instanceof String note
                        ? note.isEmpty() ? null : uz.natlib.libstats.vocabulary.SpreadsheetText.cell(note)
                        : ReportLine.BLANK.equals(value) && !answers ? null : value);
            }
            rows.add(row);
        }
        return new FigureTable(table.label("SHEET"), List.of(table.label("TITLE"), table.label("LEGEND")), columns, rows, 3);
    }

    private static Object value(List<ConsolidatedFigure> line, String span, int quarter, Function<ConsolidatedFigure, ?> what) {
        return line.stream().filter(f -> f.tier() == 0 && f.span().equals(span) && f.quarter() == quarter).findFirst()
                .map(what).orElse(null);
    }

    /** Rows by line in the catalogue's order, columns added one by one. */
    private static final class Table {
        private final ReportContext context;
        private final Script script;
        private final Map<String, List<ConsolidatedFigure>> lines = new LinkedHashMap<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<Function<List<ConsolidatedFigure>, Object>> cells = new ArrayList<>();

        Table(ReportContext context, List<ConsolidatedFigure> figures) {
            this.context = context;
            this.script = context.script();
            figures.forEach(f -> lines.computeIfAbsent(FigureLines.key(f), k -> new ArrayList<>()).add(f));
            // a part's seed number is its total's, as the PDF prints it, so a filtered row still says whose part it is
            FigureLines numbered = new FigureLines(figures, script);
            column(context.text("col.code"), Kind.CODE, fs -> fs.get(0).indicatorCode());
            column(context.text("col.seedNumber"), Kind.CODE, fs -> numbered.line(fs.get(0)).getNumber());
            column(context.text("col.section"), Kind.CODE, fs -> fs.get(0).sectionCode());
            column(context.text("col.indicator"), Kind.TEXT, fs -> script.pick(fs.get(0).labelCyrl(), fs.get(0).labelLatn()));
            column(context.text("col.measure"), Kind.TEXT, fs -> script.pick(fs.get(0).measureCyrl(), fs.get(0).measureLatn()));
            column(context.text("col.aggregation"), Kind.TEXT,
                    fs -> context.text(fs.get(0).stock() ? "aggregation.stock" : "aggregation.flow"));
        }

        void column(String header, Kind kind, Function<List<ConsolidatedFigure>, Object> cell) {
            columns.add(new Column(header, kind));
            cells.add(cell);
        }

        void own(String span, String header, Kind kind, Function<ConsolidatedFigure, ?> what) {
            column(header, kind, fs -> fs.stream().filter(f -> f.tier() == 0 && f.span().equals(span)).findFirst()
                    .map(what).orElse(null));
        }

        /** The territory's year to date: the figure, its counts each in a column, plan and fulfilment. */
        void ownYearToDate(ReportContext context, String header) {
            own("ytd", header, Kind.WHOLE, ConsolidatedFigure::value);
            own("ytd", context.text("col.reportingCount"), Kind.WHOLE, f -> f.reporting());
            own("ytd", context.text("col.expected"), Kind.WHOLE, f -> f.expected());
            own("ytd", context.text("col.carried"), Kind.WHOLE, f -> f.carried());
            own("ytd", context.text("col.plan"), Kind.WHOLE, ConsolidatedFigure::plan);
            own("ytd", context.text("col.planReporting"), Kind.WHOLE, f -> f.planReporting());
            own("ytd", context.text("col.fulfilment"), Kind.PERCENT, ConsolidatedFigure::fulfilmentPct);
            own("ytd", context.text("col.planCoverage"), Kind.WHOLE, f -> f.matchedReporting());
        }

        /** One column per child territory, in code order, headed "name: what". */
        void children(String span, String what, Kind kind, Function<ConsolidatedFigure, ?> value) {
            Map<String, String> names = new LinkedHashMap<>();
            lines.values().stream().flatMap(List::stream).filter(f -> f.tier() == 1)
                    .forEach(f -> names.putIfAbsent(f.territoryCode(), script.pick(f.territoryCyrl(), f.territoryLatn())));
            names.forEach((code, name) -> column(name + ": " + what, kind,
                    fs -> fs.stream().filter(f -> f.tier() == 1 && f.territoryCode().equals(code) && f.span().equals(span))
                            .findFirst().map(value).orElse(null)));
        }

        FigureTable build(ReportType type) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<ConsolidatedFigure> line : lines.values()) {
                List<Object> row = new ArrayList<>(cells.size());
                cells.forEach(cell -> row.add(blankless(cell.apply(line))));
                rows.add(row);
            }
            List<String> notes = new ArrayList<>();
            notes.add(context.text("title." + type.code(), context.territoryName(), context.year(),
                    Texts.quarter(context.quarter())));
            notes.addAll(context.subtitle(context.text("subtitle.workbook")).lines().toList());
            notes.add(context.text("legend.workbook"));
            return new FigureTable(type.code() + " " + context.territoryCode(), notes, List.copyOf(columns), rows,
                    LABEL_COLUMNS);
        }

        private static Object blankless(Object value) {
            return value instanceof BigDecimal || value instanceof Integer || value instanceof String ? value : null;
        }
    }
}
