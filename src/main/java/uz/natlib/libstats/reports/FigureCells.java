package uz.natlib.libstats.reports;

import uz.natlib.libstats.consolidation.ConsolidatedFiguresRepository.ConsolidatedFigure;

/** The small texts printed beside a figure: reporting counts, the carried mark, the plan coverage. */
final class FigureCells {

    private FigureCells() {
    }

    /**
     * The previous year's figure, or "new in YEAR" where the year before has a table and no row
     * of it that this figure continues: not a blank that would read as "not reported".
     */
    static Object previous(ConsolidatedFigure f, ReportContext context) {
        return f.isNew() ? context.text("figure.new", f.year()) : f.previous();
    }

    /**
     * Change against the previous year in percent; none for a row split from an earlier one, whose
     * previous figure is the whole of what it is now a part of.
     */
    static java.math.BigDecimal change(ConsolidatedFigure f) {
        return "split".equals(f.lineage()) ? null : AnnualReport.change(f.value(), f.previous());
    }

    /** "16/205": districts that reported the figure out of those expected. */
    static String reporting(ConsolidatedFigure f) {
        return f.reporting() + "/" + f.expected();
    }

    /** As {@link #reporting}, and for a stock with carried values "22/205 (6†)": 6 of the 22 from an earlier quarter. */
    static String reportingWithCarried(ConsolidatedFigure f) {
        return f.carried() > 0 ? reporting(f) + " (" + f.carried() + ReportLine.CARRIED_MARK + ")" : reporting(f);
    }

    /** The mark on a figure that holds values carried from an earlier quarter, or nothing. */
    static String carriedMark(ConsolidatedFigure f) {
        return f.carried() > 0 ? ReportLine.CARRIED_MARK : "";
    }

    /** How many districts the fulfilment compares (a figure and a plan), or the blank sign where none. */
    static String planCoverage(ConsolidatedFigure f) {
        return f.matchedReporting() > 0 ? Integer.toString(f.matchedReporting()) : ReportLine.BLANK;
    }
}
