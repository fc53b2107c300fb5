package uz.natlib.libstats.reports;

import java.util.HashMap;
import java.util.Map;

import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * One qualitative row of a report: its section, number, label and what is printed beside it by name
 * (counts "done", "answered", "expected", "q1done", …; answers "q1" … "q4" and "note"). A
 * JavaBean, because the subreports read it through a bean data source.
 */
public final class QualitativeLine implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String section;
    private final String number;
    private final String label;
    private final HashMap<String, Object> values = new HashMap<>();

    /** @param section the heading of the catalogue section, printed once above its rows */
    QualitativeLine(String section, String number, String label) {
        this.section = section;
        this.number = number;
        this.label = label;
    }

    public String getSection() {
        return section;
    }

    QualitativeLine put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public String getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public Object get(String name) {
        return values.get(name);
    }

    Map<String, Object> values() {
        return Map.copyOf(values);
    }

    /**
     * The line for a workbook: catalogue text neutralised against formulas; the note, the
     * sender's own text, neutralised and cut to what a cell holds, as sender text is everywhere.
     */
    QualitativeLine neutralised() {
        QualitativeLine copy = new QualitativeLine(SpreadsheetText.neutralised(section), SpreadsheetText.neutralised(number),
                SpreadsheetText.neutralised(label));
        values.forEach((name, value) -> copy.values.put(name, value instanceof String text
                ? name.equals(QualitativeTable.NOTE) ? SpreadsheetText.cell(text) : SpreadsheetText.neutralised(text)
                : value));
        return copy;
    }
}
