package uz.natlib.libstats.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uz.natlib.libstats.reports.QualitativeAnswersRepository.Answer;
import uz.natlib.libstats.reports.QualitativeAnswersRepository.District;
import uz.natlib.libstats.reports.QualitativeAnswersRepository.QualitativeRow;
import uz.natlib.libstats.reports.QualitativeTally.Count;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The qualitative rows of one report (work a return marks done or not done, with a note): per
 * row, how many of the territory's districts answered "done" (regional and national reports),
 * or the district's own answer and note each quarter (district profile). Read from accepted
 * returns only.
 *
 * @param rows      the qualitative rows of the year's catalogue, in its order
 * @param districts every district the territory expects a return from
 * @param answers   their answers in the quarters the report covers
 */
record QualitativeSection(List<QualitativeRow> rows, List<District> districts, List<Answer> answers) {

    static final String COUNTS = "qualitative-counts";
    static final String ANSWERS = "qualitative-answers";
    static final String CSV_MEASURE = "done";

    /** The report's section: counts for a territory's report, answers for a district's profile. */
    QualitativeTable table(ReportContext context) {
        return context.type() == ReportType.DISTRICT_PROFILE ? answersTable(context) : countsTable(context);
    }

    /** The jasper input with this section's table as its parameter, for the parent's subreport. */
    JasperInput into(JasperInput input, ReportContext context) {
        if (!rows.isEmpty()) {
            input.parameters().put(QualitativeTable.PARAMETER, table(context));
        }
        return input;
    }

    QualitativeTable countsTable(ReportContext context) {
        QualitativeTally tally = new QualitativeTally(answers);
        List<String> all = districts.stream().map(District::code).toList();
        boolean annual = context.annual();
        List<QualitativeLine> lines = new ArrayList<>();
        forEachRow(context.script(), lines, (row, line) -> {
            Count main = annual ? tally.year(row.code(), all) : tally.quarter(row.code(), context.quarter(), all);
            put(line, "", main);
            if (annual) {
                for (int q = 1; q <= 4; q++) {
                    put(line, "q" + q, tally.quarter(row.code(), q, all));
                }
            }
        });
        Map<String, String> labels = new HashMap<>();
        String period = annual ? context.text("qual.period.year", context.year())
                : context.text("qual.period.quarter", context.year(), Texts.quarter(context.quarter()));
        labels.put("TITLE", context.text("qual.title.counts", period));
        labels.put("LEGEND", context.text("qual.legend.counts") + (annual ? " " + context.text("qual.legend.year") : ""));
        labels.put("NUMBER", context.text("col.number"));
        labels.put("ROW", context.text("qual.col.row"));
        labels.put("DONE", context.text(annual ? "qual.col.yearDone" : "qual.col.done"));
        labels.put("ANSWERED", context.text(annual ? "qual.col.yearAnswered" : "qual.col.answered"));
        labels.put("EXPECTED", context.text("qual.col.expected"));
        for (int q = 1; q <= 4; q++) {
            labels.put("Q" + q + "_DONE", context.text("qual.col.quarterDone", Texts.quarter(q)));
            labels.put("Q" + q + "_ANSWERED", context.text("qual.col.quarterAnswered", Texts.quarter(q)));
        }
        labels.put("SHEET", context.text("qual.sheet"));
        return new QualitativeTable(COUNTS, annual, labels, lines);
    }

    private static void put(QualitativeLine line, String prefix, Count count) {
        line.put(prefix + "done", show(count.doneOrNone())).put(prefix + "answered", count.answered())
                .put(prefix + "expected", count.expected());
    }

    QualitativeTable answersTable(ReportContext context) {
        // district → row → quarter: a profile has one district, whose answers these all are
        Map<String, Map<Integer, Answer>> byRow = new HashMap<>();
        answers.forEach(a -> byRow.computeIfAbsent(a.indicatorCode(), c -> new HashMap<>()).put(a.quarter(), a));
        List<QualitativeLine> lines = new ArrayList<>();
        forEachRow(context.script(), lines, (row, line) -> {
            Map<Integer, Answer> given = byRow.getOrDefault(row.code(), Map.of());
            StringJoiner notes = new StringJoiner("\n");
            for (int q = 1; q <= 4; q++) {
                Answer a = given.get(q);
                line.put("q" + q, answerText(context, a == null ? null : a.done()));
                if (a != null && a.note() != null && !a.note().isBlank()) {
                    // the sender's text as they typed it, in either script: it is theirs, not ours to transliterate
                    notes.add(Texts.quarter(q) + ": " + a.note());
                }
            }
            line.put(QualitativeTable.NOTE, notes.toString());
        });
        Map<String, String> labels = new HashMap<>();
        labels.put("TITLE", context.text("qual.title.answers"));
        labels.put("LEGEND", context.text("qual.legend.answers"));
        labels.put("NUMBER", context.text("col.number"));
        labels.put("ROW", context.text("qual.col.row"));
        for (int q = 1; q <= 4; q++) {
            labels.put("Q" + q, context.text("col.quarter", Texts.quarter(q)));
        }
        labels.put("NOTE", context.text("qual.col.note"));
        labels.put("SHEET", context.text("qual.sheet"));
        return new QualitativeTable(ANSWERS, true, labels, lines);
    }

    static String answerText(ReportContext context, Boolean done) {
        return done == null ? ReportLine.BLANK : context.text(done ? "qual.done" : "qual.notDone");
    }

    private interface RowFiller {
        void fill(QualitativeRow row, QualitativeLine line);
    }

    /** One line per row, each knowing its section's heading, as the figure tables print them. */
    private void forEachRow(Script script, List<QualitativeLine> lines, RowFiller filler) {
        for (QualitativeRow row : rows) {
            QualitativeLine line = new QualitativeLine(row.sectionCode() + ". " + script.pick(row.sectionCyrl(), row.sectionLatn()),
                    row.seedNumber() == null ? "" : row.seedNumber(), script.pick(row.labelCyrl(), row.labelLatn()));
            filler.fill(row, line);
            lines.add(line);
        }
    }

    private static Object show(Integer count) {
        return count == null ? ReportLine.BLANK : count;
    }

    /**
     * The counts as rows of the long CSV, after the figures: measure {@value #CSV_MEASURE}, value =
     * districts that answered done (blank when none answered), reporting = districts that
     * answered, expected = the territory's districts; for the territory and each of its children,
     * for the quarter, or for each quarter and the year (span year-to-date at quarter IV). Written
     * by the header's column names, so columns it has no value for stay blank.
     */
    void csv(ReportContext context, Appendable out) throws IOException {
        QualitativeTally tally = new QualitativeTally(answers);
        Script script = context.script();
        Map<String, String[]> territories = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        territories.put(context.territoryCode(), new String[] {context.territoryCyrl(), context.territoryLatn()});
        members.put(context.territoryCode(), districts.stream().map(District::code).toList());
        for (District d : districts) {
            if (d.child() != null) {
                territories.putIfAbsent(d.child(), new String[] {d.childCyrl(), d.childLatn()});
                members.computeIfAbsent(d.child(), c -> new ArrayList<>()).add(d.code());
            }
        }
        List<Integer> quarters = context.annual() ? List.of(1, 2, 3, 4) : List.of(context.quarter());
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        for (var territory : territories.entrySet()) {
            List<String> in = members.get(territory.getKey());
            String name = script.pick(territory.getValue()[0], territory.getValue()[1]);
            for (QualitativeRow row : rows) {
                for (int q : quarters) {
                    record(csv, territory.getKey(), name, q, "quarter", row, script, tally.quarter(row.code(), q, in), context);
                }
                if (context.annual()) {
                    record(csv, territory.getKey(), name, 4, "year-to-date", row, script, tally.year(row.code(), in), context);
                }
            }
        }
        csv.flush();
    }

    private static void record(CSVPrinter csv, String code, String name, int quarter, String span, QualitativeRow row,
                               Script script, Count count, ReportContext context) throws IOException {
        Map<String, Object> cells = new HashMap<>();
        cells.put("territory_code", SpreadsheetText.neutralised(code));
        cells.put("territory_name", SpreadsheetText.neutralised(name));
        cells.put("period", Period.ofQuarter(context.year(), quarter).code());
        cells.put("span", span);
        cells.put("indicator_code", SpreadsheetText.neutralised(row.code()));
        cells.put("seed_number", SpreadsheetText.neutralised(row.seedNumber()));
        cells.put("indicator_label", SpreadsheetText.neutralised(script.pick(row.labelCyrl(), row.labelLatn())));
        cells.put("measure", CSV_MEASURE);
        cells.put("value", count.doneOrNone() == null ? "" : count.doneOrNone());
        cells.put("reporting", count.answered());
        cells.put("expected", count.expected());
        List<Object> values = new ArrayList<>();
        for (String column : FigureCsv.LONG_HEADER) {
            Object value = cells.get(column);
            values.add(value == null ? "" : value);
        }
        csv.printRecord(values);
    }
}
