package uz.natlib.libstats.reports;

import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.crosstabs.JRCrosstabCell;
import net.sf.jasperreports.crosstabs.JRCrosstabColumnGroup;
import net.sf.jasperreports.crosstabs.JRCrosstabRowGroup;
import net.sf.jasperreports.crosstabs.design.JRDesignCellContents;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstab;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabCell;
import net.sf.jasperreports.crosstabs.design.JRDesignCrosstabColumnGroup;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * Column pages of a crosstab balanced for its number of columns. A crosstab breaks its columns
 * where the next does not fit, so 15 districts at the design's width came out as 11 on one page
 * and 4 on the next; here the columns are made as narrow as readable (down to
 * {@link #NARROWEST} of the design's width) to need as few pages as possible, then as wide as the
 * page allows (up to {@link #WIDEST}) with the same number on each page, the crosstab cut to that width.
 */
final class CrosstabWidths {

    static final double NARROWEST = 0.78;
    static final double WIDEST = 1.3;

    private CrosstabWidths() {
    }

    /** The column width and crosstab width that balance {@code columns} over the fewest pages. */
    record Layout(int cellWidth, int crosstabWidth) {
    }

    static Layout balanced(int crosstabWidth, int rowHeaderWidth, int designCellWidth, int columns) {
        int available = crosstabWidth - rowHeaderWidth;
        int narrowest = (int) Math.round(designCellWidth * NARROWEST);
        int widest = (int) Math.round(designCellWidth * WIDEST);
        int fit = Math.max(1, available / narrowest);
        int pages = Math.max(1, (columns + fit - 1) / fit);
        int perPage = Math.max(1, (columns + pages - 1) / pages);
        int width = Math.min(widest, available / perPage);
        return new Layout(width, rowHeaderWidth + perPage * width);
    }

    /** The crosstabs of the design's summary band, in order. */
    static List<JRDesignCrosstab> crosstabs(JasperDesign design) {
        List<JRDesignCrosstab> crosstabs = new ArrayList<>();
        JRBand summary = design.getSummary();
        if (summary != null) {
            for (JRChild child : summary.getChildren()) {
                if (child instanceof JRDesignCrosstab crosstab) {
                    crosstabs.add(crosstab);
                }
            }
        }
        return crosstabs;
    }

    static int rowHeaderWidth(JRDesignCrosstab crosstab) {
        int width = 0;
        for (JRCrosstabRowGroup group : crosstab.getRowGroupsList()) {
            width += group.getWidth();
        }
        return width;
    }

    static int cellWidth(JRDesignCrosstab crosstab) {
        return crosstab.getCellsList().get(0).getWidth();
    }

    /** Sets the crosstab's column width and its own width, scaling what its column headers and cells hold. */
    static void apply(JRDesignCrosstab crosstab, Layout layout) {
        int from = cellWidth(crosstab);
        for (JRCrosstabCell cell : crosstab.getCellsList()) {
            JRDesignCrosstabCell designCell = (JRDesignCrosstabCell) cell;
            designCell.setWidth(layout.cellWidth());
            scale((JRDesignCellContents) designCell.getContents(), from, layout.cellWidth());
        }
        for (JRCrosstabColumnGroup group : crosstab.getColumnGroupsList()) {
            scale((JRDesignCellContents) ((JRDesignCrosstabColumnGroup) group).getHeader(), from, layout.cellWidth());
        }
        crosstab.setWidth(layout.crosstabWidth());
    }

    private static void scale(JRDesignCellContents contents, int from, int to) {
        if (contents == null) {
            return;
        }
        for (JRChild child : contents.getChildren()) {
            if (child instanceof JRDesignElement element) {
                int left = Math.round((float) element.getX() * to / from);
                int right = Math.round((float) (element.getX() + element.getWidth()) * to / from);
                element.setX(left);
                element.setWidth(right - left);
            }
        }
    }
}
