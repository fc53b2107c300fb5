package uz.natlib.libstats.reports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * One printed line of a figures report: a section heading, or one measure of an indicator with
 * its figures by name ("total", "ytd", "plan", ...). A JavaBean, not a record, because report
 * expressions call its getters; Comparable by position, because a crosstab sorts its rows.
 * Figures are ready to print: the number, "—" where nothing was reported, "" on headings.
 */
public final class ReportLine implements Comparable<ReportLine>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final String BLANK = "—";
    static final String STOCK_MARK = "◆";
    static final String CARRIED_MARK = "†";

    private final int index;
    private final boolean heading;
    private final String number;
    private final String label;
    private final int depth;
    private final String measure;
    private final boolean decimals;
    private final boolean stock;
    private final boolean first;
    private final boolean ownNumber;
    private final HashMap<String, Object> values = new HashMap<>();

    /**
     * @param first whether this is the indicator's first measure; the others repeat its number and label, printed
     *              quietly, so that a line starting a page or filtered in a workbook still says what it is
     * @param ownNumber whether {@code number} is the line's own seed number, not its total's (an "of which" part)
     */
    ReportLine(int index, boolean heading, String number, String label, int depth, String measure, boolean decimals,
               boolean stock, boolean first, boolean ownNumber) {
        this.index = index;
        this.ownNumber = ownNumber;
        this.stock = stock;
        this.first = first;
        this.heading = heading;
        this.number = number;
        this.label = label;
        this.depth = depth;
        this.measure = measure;
        this.decimals = decimals;
    }

    static ReportLine heading(int index, String label) {
        return new ReportLine(index, true, "", label, 0, "", false, false, true, true);
    }

    ReportLine put(String name, BigDecimal value) {
        values.put(name, show(value));
        return this;
    }

    /** The previous year's figure, or "new in YEAR" ({@link FigureCells#previous}). */
    ReportLine putPrevious(uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure f,
                           ReportContext context) {
        return f.isNew() ? putText("previous", context.text("figure.new", f.year())) : put("previous", f.previous());
    }

    ReportLine putText(String name, String text) {
        values.put(name, text);
        return this;
    }

    /** This line for a workbook: every text neutralised against formulas, the figures as they are. */
    ReportLine neutralised() {
        ReportLine copy = new ReportLine(index, heading, SpreadsheetText.neutralised(number),
                SpreadsheetText.neutralised(label), depth, SpreadsheetText.neutralised(measure), decimals, stock, first,
                ownNumber);
        values.forEach((name, value) -> copy.values.put(name,
                value instanceof String text ? SpreadsheetText.neutralised(text) : value));
        return copy;
    }

    /** A figure as printed: the number itself (so spreadsheets get a number) or the blank sign. */
    Object show(BigDecimal value) {
        return heading ? "" : value == null ? BLANK : value;
    }

    public Object get(String name) {
        return heading ? "" : values.getOrDefault(name, BLANK);
    }

    public int getIndex() {
        return index;
    }

    public boolean isHeading() {
        return heading;
    }

    public String getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public int getDepth() {
        return depth;
    }

    public String getMeasure() {
        return measure;
    }

    /** A stock (a holding such as the collection): its year-to-date figure is the end of the period, not a sum. */
    public boolean isFirst() {
        return first;
    }

    /** Whether the number is printed plainly: the line's own, on its indicator's first line. */
    public boolean isNumberPlain() {
        return first && ownNumber;
    }

    public boolean isStock() {
        return stock;
    }

    /** The measure as printed, a stock's marked with {@link #STOCK_MARK}. */
    public String getMeasureMarked() {
        return stock ? measure + " " + STOCK_MARK : measure;
    }

    /** Whole numbers, except megabytes. */
    public String getPattern() {
        return decimals ? "#,##0.0##" : "#,##0";
    }

    @Override
    public int compareTo(ReportLine other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportLine other && other.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index);
    }

    @Override
    public String toString() {
        return index + " " + number + " " + label + " " + measure;
    }
}
