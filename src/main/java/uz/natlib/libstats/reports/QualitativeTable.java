package uz.natlib.libstats.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The qualitative rows of a report, drawn by a subreport of their own ({@code qualitative-counts}
 * or {@code qualitative-answers}): the parent passes this as parameter {@value #PARAMETER} and
 * the subreport reads its labels and, through {@link #getDataSource()}, its lines. A new data
 * source on every call, because a report is filled once per format and a data source is read once.
 */
public final class QualitativeTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "QUALITATIVE";
    static final String NOTE = "note";

    private final String design;
    private final boolean annual;
    private final HashMap<String, String> labels;
    private final List<QualitativeLine> lines;

    QualitativeTable(String design, boolean annual, Map<String, String> labels, List<QualitativeLine> lines) {
        this.design = design;
        this.annual = annual;
        this.labels = new HashMap<>(labels);
        this.lines = List.copyOf(lines);
    }

    /** The name of the subreport design that draws this table. */
    public String getDesign() {
        return design;
    }

    /** Counts of a year: the year's columns and one pair of columns per quarter. */
    public boolean isAnnual() {
        return annual;
    }

    public String label(String key) {
        return labels.getOrDefault(key, "");
    }

    public JRDataSource getDataSource() {
        return new JRBeanCollectionDataSource(lines);
    }

    List<QualitativeLine> lines() {
        return lines;
    }

    QualitativeTable neutralised() {
        Map<String, String> safe = new HashMap<>();
        labels.forEach((key, text) -> safe.put(key, SpreadsheetText.neutralised(text)));
        return new QualitativeTable(design, annual, safe, lines.stream().map(QualitativeLine::neutralised).toList());
    }
}
