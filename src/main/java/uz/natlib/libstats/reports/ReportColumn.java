package uz.natlib.libstats.reports;

import java.util.Objects;

import uz.natlib.libstats.vocabulary.SpreadsheetText;

/** A column of a crosstab: a district or a region, in code order. */
public final class ReportColumn implements Comparable<ReportColumn>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String code;
    private final String name;

    ReportColumn(int index, String code, String name) {
        this.index = index;
        this.code = code;
        this.name = name;
    }

    /** This column for a workbook: its code and name neutralised against formulas. */
    ReportColumn neutralised() {
        return new ReportColumn(index, SpreadsheetText.neutralised(code), SpreadsheetText.neutralised(name));
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public int compareTo(ReportColumn other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportColumn other && other.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
