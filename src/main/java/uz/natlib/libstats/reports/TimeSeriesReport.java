package uz.natlib.libstats.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import net.sf.jasperreports.engine.JRParameter;
import uz.natlib.libstats.reports.TimeSeriesRepository.Figure;
import uz.natlib.libstats.reports.TimeSeriesRepository.Line;
import uz.natlib.libstats.reports.TimeSeriesRepository.Run;
import uz.natlib.libstats.reports.workbook.FigureTable;
import uz.natlib.libstats.reports.workbook.FigureTable.Column;
import uz.natlib.libstats.reports.workbook.FigureTable.Kind;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * time-series: a territory's figures year by year, the rows those of the last year's table. A
 * year's figure is the year to date at quarter IV, or at the latest consolidated quarter when the
 * year has no quarter IV yet ("to II"); with {@code quarterly} each quarter's figure too. A year
 * that a row's links do not reach shows "new in YEAR" where that year has a table, nothing where it
 * has none; a figure of a renumbered, merged or split row carries a footnote mark saying so.
 * The same data makes the PDF (with a line chart per picked indicator measure), the workbook and
 * the long CSV.
 */
final class TimeSeriesReport {

    static final String DESIGN = "time-series";
    static final String CODE = "time-series";
    /** At most this many charts: two pages of four. */
    static final int MOST_CHARTS = 8;
    static final int MOST_YEARS = 10;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    static final String[] CSV_HEADER = {"territory_code", "territory_name", "indicator_code", "seed_number",
            "indicator_label", "measure", "aggregation", "year", "period", "span", "value", "reporting", "expected",
            "lineage", "linked_rows", "split_from", "note_en", "note"};

    /**
     * Everything a time series is made of.
     *
     * @param tableYears  the years of the range that have a table
     * @param chartCodes  the indicator codes drawn as charts (each of their measures a chart)
     */
    record Data(String territoryCode, String territoryCyrl, String territoryLatn, int from, int to, boolean quarterly,
                List<Line> lines, List<Figure> figures, List<Integer> tableYears, List<Run> runs,
                List<String> chartCodes, OffsetDateTime generatedAt) {
    }

    /** What one cell holds: a figure (possibly null: nobody reported it), "new in YEAR", or nothing. */
    enum State { FIGURE, NEW, NOTHING }

    /** A note about a figure, by text key and arguments, written in either script or in English. */
    record Note(String key, List<String> args) {
        String text(Script script) {
            return Texts.get(script, key, args.toArray());
        }

        String english() {
            return Texts.english(key, args.toArray());
        }
    }

    record Cell(State state, Figure figure, int newIn, Note note, String lineage) {
        BigDecimal value() {
            return figure == null ? null : figure.value();
        }
    }

    private final Data data;
    private final Map<String, Figure> byKey = new HashMap<>();
    private final Map<String, Integer> firstYear = new HashMap<>();
    private final Map<Integer, Integer> toQuarter = new HashMap<>();

    TimeSeriesReport(Data data) {
        this.data = data;
        for (Figure f : data.figures()) {
            byKey.put(key(f.indicatorId(), f.measureKey(), f.year(), f.quarter()), f);
            firstYear.merge(f.indicatorId() + "/" + f.measureKey(), f.year(), Math::min);
            if (f.toQuarter() != null) {
                toQuarter.put(f.year(), f.toQuarter());
            }
        }
    }

    private static String key(int indicatorId, String measure, int year, int quarter) {
        return indicatorId + "/" + measure + "/" + year + "/" + quarter;
    }

    List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = data.from(); y <= data.to(); y++) {
            years.add(y);
        }
        return years;
    }

    /** The latest consolidated quarter of a year, 4 for a whole year, null if it was never consolidated. */
    Integer toQuarter(int year) {
        return toQuarter.get(year);
    }

    boolean partial(int year) {
        Integer q = toQuarter(year);
        return q != null && q < 4;
    }

    /** A line's cell in a year: the year's own figure ({@code quarter} 0) or a quarter's. */
    Cell cell(Line line, int year, int quarter) {
        Figure f = byKey.get(key(line.indicatorId(), line.measureKey(), year, quarter));
        if (f == null) {
            // no link reaches this year: new if the year has a table to compare with, nothing before tables began
            int first = firstYear.getOrDefault(line.indicatorId() + "/" + line.measureKey(), data.to());
            return data.tableYears().contains(year) && year < first ? new Cell(State.NEW, null, first, null, "new")
                    : new Cell(State.NOTHING, null, 0, null, "");
        }
        if (f.splitFrom() != null) {
            return new Cell(State.FIGURE, f, 0, new Note("ts.note.split", List.of(f.splitFrom())), "split");
        }
        if (f.sourceCount() > 1) {
            return new Cell(State.FIGURE, f, 0, new Note("ts.note.merged", List.of(f.sources().replace("+", " + "))),
                    "merged");
        }
        if (!f.sources().equals(line.code())) {
            return new Cell(State.FIGURE, f, 0, new Note("ts.note.renumbered", List.of(f.sources(), Integer.toString(year))),
                    "renumbered");
        }
        return new Cell(State.FIGURE, f, 0, null, "same");
    }

    private String territoryName(Script script) {
        return script.pick(data.territoryCyrl(), data.territoryLatn());
    }

    String title(Script script) {
        return Texts.get(script, "title.time-series", territoryName(script), data.from(), data.to());
    }

    String subtitle(Script script) {
        return Texts.get(script, "subtitle.time-series", data.quarterly() ? Texts.get(script, "ts.quarterly") : "",
                data.to());
    }

    String yearHeader(Script script, int year) {
        return partial(year) ? Texts.get(script, "ts.col.yearTo", year, Texts.quarter(toQuarter(year)))
                : Texts.get(script, "ts.col.year", year);
    }

    String footer(Script script, OffsetDateTime generatedAt) {
        String runs = data.runs().isEmpty() ? Texts.get(script, "footer.noRun")
                : Texts.get(script, "ts.footer.runs", data.runs().stream()
                        .map(r -> Texts.get(script, "ts.footer.run", r.year(), r.id(), ReportContext.tashkent(r.finishedAt())))
                        .collect(Collectors.joining("; ")));
        return runs + "   ·   " + Texts.get(script, "footer.generated", ReportContext.tashkent(generatedAt));
    }

    /** The printed number of a line: its own seed number, or an "of which" part's total's. */
    private static Map<String, String> numbers(List<Line> lines) {
        Map<String, String> numbers = new HashMap<>();
        for (Line l : lines) {
            String own = l.seedNumber() != null ? l.seedNumber()
                    : l.parentCode() != null ? numbers.getOrDefault(l.parentCode(), "") : "";
            numbers.putIfAbsent(l.code(), own);
        }
        return numbers;
    }

    // ---------------------------------------------------------------- PDF

    JasperInput jasper(Script script) {
        Map<String, String> numbers = numbers(data.lines());
        List<Integer> years = years();
        List<ReportColumn> columns = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            columns.add(new ReportColumn(i, Integer.toString(years.get(i)), yearHeader(script, years.get(i))));
        }
        Map<String, Integer> footnotes = new LinkedHashMap<>();
        List<Map<String, ?>> rows = new ArrayList<>();
        String section = null;
        int lastIndicator = -1;
        int index = 0;
        for (Line l : data.lines()) {
            if (!l.sectionCode().equals(section)) {
                section = l.sectionCode();
                ReportLine heading = ReportLine.heading(index++, section + ". " + script.pick(l.sectionCyrl(), l.sectionLatn()));
                columns.forEach(c -> rows.add(Map.of("line", heading, "column", c, "value", "", "mark", "")));
            }
            boolean first = l.indicatorId() != lastIndicator;
            lastIndicator = l.indicatorId();
            String label = script.pick(l.labelCyrl(), l.labelLatn());
            String measure = script.pick(l.measureCyrl(), l.measureLatn());
            String number = numbers.get(l.code());
            for (int quarter = 0; quarter <= (data.quarterly() ? 4 : 0); quarter++) {
                ReportLine line = new ReportLine(index++, false, number, label, l.depth(),
                        quarter == 0 ? measure : Texts.get(script, "ts.measure.quarter", measure, Texts.quarter(quarter)),
                        l.decimals(), l.stock(), first && quarter == 0, l.seedNumber() != null);
                for (int i = 0; i < years.size(); i++) {
                    Cell cell = cell(l, years.get(i), quarter);
                    Object value = switch (cell.state()) {
                        case FIGURE -> line.show(cell.value());
                        case NEW -> Texts.get(script, "ts.new", cell.newIn());
                        case NOTHING -> "";
                    };
                    String mark = cell.note() == null ? ""
                            : superscript(footnotes.computeIfAbsent(cell.note().text(script), t -> footnotes.size() + 1));
                    rows.add(Map.of("line", line, "column", columns.get(i), "value", value, "mark", mark));
                }
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", title(script));
        p.put("SUBTITLE", subtitle(script));
        p.put("LEGEND", Texts.get(script, "ts.legend"));
        p.put("FOOTER", footer(script, data.generatedAt()));
        p.put("PAGE_LABEL", Texts.get(script, "footer.page"));
        p.put("L_NUMBER", Texts.get(script, "col.number"));
        p.put("L_INDICATOR", Texts.get(script, "col.indicator"));
        p.put("L_MEASURE", Texts.get(script, "col.measure"));
        if (!footnotes.isEmpty()) {
            p.put("NOTES", Texts.get(script, "ts.notes") + ": " + footnotes.entrySet().stream()
                    .map(e -> superscript(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(";  ")));
        }
        List<BufferedImage> charts = charts(script);
        for (int i = 0; i < charts.size(); i++) {
            p.put("CHART_" + (i + 1), charts.get(i));
        }
        p.put(JRParameter.REPORT_LOCALE, Script.UZBEK);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ReportContext.TASHKENT));
        return new JasperInput(DESIGN, p, rows);
    }

    static String superscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    /** The lines drawn: each measure of each picked indicator, in the table's order. */
    List<Line> chartLines() {
        return data.lines().stream().filter(l -> data.chartCodes().contains(l.code())).toList();
    }

    /** One line chart per picked indicator measure: its year figures over the years that have a table. */
    List<BufferedImage> charts(Script script) {
        List<Integer> years = years().stream().filter(y -> y >= data.tableYears().stream().min(Integer::compare)
                .orElse(data.to())).toList();
        List<String> categories = years.stream().map(y -> partial(y)
                ? Texts.get(script, "ts.chart.partial", y, Texts.quarter(toQuarter(y))) : Integer.toString(y)).toList();
        List<BufferedImage> images = new ArrayList<>();
        for (Line l : chartLines()) {
            if (images.size() == MOST_CHARTS) {
                break;
            }
            Number[] values = new Number[years.size()];
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                Cell cell = cell(l, years.get(i), 0);
                values[i] = cell.value();
                if (cell.note() != null && !notes.contains(cell.note().text(script))) {
                    notes.add(cell.note().text(script));
                }
                if (cell.state() == State.NEW && notes.stream().noneMatch(n -> n.equals(Texts.get(script, "ts.new", cell.newIn())))) {
                    notes.add(Texts.get(script, "ts.new", cell.newIn()));
                }
            }
            years.stream().filter(this::partial).findFirst()
                    .ifPresent(y -> notes.add(Texts.get(script, "ts.chart.partialNote", Texts.quarter(toQuarter(y)))));
            String measure = script.pick(l.measureCyrl(), l.measureLatn());
            String number = l.seedNumber() != null ? l.seedNumber() : l.code();
            String title = number + " " + script.pick(l.labelCyrl(), l.labelLatn()) + " — " + measure;
            String subtitle = Texts.get(script, "ts.chart.subtitle", territoryName(script),
                    Texts.get(script, "ts.chart.years")) + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
            Map<String, Number[]> series = new LinkedHashMap<>();
            series.put(measure, values);
            images.add(ChartImages.lines(title, subtitle, measure, categories, series,
                    Texts.get(script, "chart.noData"), 396, 218));
        }
        return images;
    }

    // ---------------------------------------------------------------- workbook

    FigureTable table(Script script) {
        Map<String, String> numbers = numbers(data.lines());
        List<Column> columns = new ArrayList<>(List.of(new Column(Texts.get(script, "col.code"), Kind.CODE),
                new Column(Texts.get(script, "col.seedNumber"), Kind.CODE),
                new Column(Texts.get(script, "col.section"), Kind.CODE),
                new Column(Texts.get(script, "col.indicator"), Kind.TEXT),
                new Column(Texts.get(script, "col.measure"), Kind.TEXT),
                new Column(Texts.get(script, "col.aggregation"), Kind.TEXT)));
        for (int year : years()) {
            columns.add(new Column(yearHeader(script, year), Kind.WHOLE));
            if (data.quarterly()) {
                for (int q = 1; q <= 4; q++) {
                    columns.add(new Column(Texts.get(script, "ts.col.quarter", year, Texts.quarter(q)), Kind.WHOLE));
                }
            }
            columns.add(new Column(Texts.get(script, "ts.col.note", year), Kind.TEXT));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : data.lines()) {
            List<Object> row = new ArrayList<>(List.of(l.code(), numbers.get(l.code()), l.sectionCode(),
                    script.pick(l.labelCyrl(), l.labelLatn()), script.pick(l.measureCyrl(), l.measureLatn()),
                    Texts.get(script, l.stock() ? "aggregation.stock" : "aggregation.flow")));
            for (int year : years()) {
                Cell cell = cell(l, year, 0);
                row.add(cell.value());
                if (data.quarterly()) {
                    for (int q = 1; q <= 4; q++) {
                        row.add(cell(l, year, q).value());
                    }
                }
                row.add(cell.state() == State.NEW ? Texts.get(script, "ts.new", cell.newIn())
                        : cell.note() != null ? cell.note().text(script) : null);
            }
            rows.add(row);
        }
        List<String> notes = List.of(title(script), subtitle(script), Texts.get(script, "legend.workbook"),
                Texts.get(script, "ts.legend"), footer(script, data.generatedAt()));
        return new FigureTable(Texts.get(script, "ts.sheet") + " " + data.territoryCode(), notes, columns, rows, 5);
    }

    // ---------------------------------------------------------------- CSV

    /**
     * One row per indicator measure, year and (with quarters) quarter, as the long CSV of the other
     * reports: {@code period} the quarter a row runs to, {@code span} year-to-date or quarter; a year
     * before the first table has no rows; a row new since an earlier year has one for that year with
     * a blank value and lineage {@code new}. {@code lineage} says how the year's figure was found
     * (same, renumbered, merged, split), {@code linked_rows} which rows of that year were summed.
     */
    void csv(Script script, Appendable out) throws IOException {
        Map<String, String> numbers = numbers(data.lines());
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get());
        for (Line l : data.lines()) {
            for (int year : years()) {
                for (int quarter = 0; quarter <= (data.quarterly() ? 4 : 0); quarter++) {
                    Cell cell = cell(l, year, quarter);
                    if (cell.state() == State.NOTHING) {
                        continue;
                    }
                    Figure f = cell.figure();
                    Integer to = toQuarter(year);
                    String period = quarter > 0 ? year + "Q" + quarter : to != null ? year + "Q" + to : Integer.toString(year);
                    String noteEn = cell.state() == State.NEW ? Texts.english("ts.new", cell.newIn())
                            : cell.note() != null ? cell.note().english() : "";
                    String note = cell.state() == State.NEW ? Texts.get(script, "ts.new", cell.newIn())
                            : cell.note() != null ? cell.note().text(script) : "";
                    csv.printRecord(text(data.territoryCode()), text(territoryName(script)), text(l.code()),
                            text(numbers.get(l.code())), text(script.pick(l.labelCyrl(), l.labelLatn())), text(l.measureKey()),
                            l.stock() ? "stock" : "flow", year, period, quarter > 0 ? "quarter" : "year-to-date",
                            f == null ? "" : FigureCsv.number(f.value()), f == null ? "" : f.reporting(),
                            f == null ? "" : f.expected(), cell.lineage(), f == null ? "" : text(f.sources()),
                            f == null || f.splitFrom() == null ? "" : text(f.splitFrom()), text(noteEn), text(note));
                }
            }
        }
        csv.flush();
    }

    private static String text(String value) {
        return SpreadsheetText.neutralised(value);
    }
}
