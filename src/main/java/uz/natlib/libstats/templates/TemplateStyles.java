package uz.natlib.libstats.templates;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook. Only input cells are unlocked; everything else stays locked
 * under sheet protection. Indexed colours work in both .xlsx and .xls.
 */
final class TemplateStyles {

    static final String FONT = "Arial";
    static final short FONT_POINTS = 10;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle hint;
    final CellStyle idLabel;
    final CellStyle idValue;
    final CellStyle header;
    final CellStyle section;
    final CellStyle sectionNumber;
    final CellStyle code;
    final CellStyle label;
    final CellStyle partLabel;
    final CellStyle unit;
    final CellStyle measure;
    final CellStyle unused;
    final CellStyle plan;
    final CellStyle input;
    final CellStyle inputText;
    final CellStyle meta;

    TemplateStyles(Workbook wb) {
        Font base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(FONT_POINTS);
        Font bold = font(wb, true, false, FONT_POINTS);
        Font big = font(wb, true, false, (short) 13);
        Font italic = font(wb, false, true, (short) 9);

        title = plain(wb, big, false);
        subtitle = plain(wb, bold, false);
        hint = plain(wb, italic, false);
        idLabel = plain(wb, bold, false);
        idValue = text(grid(wb, bold, false));
        idValue.setAlignment(HorizontalAlignment.LEFT);

        header = grid(wb, bold, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        fill(header, IndexedColors.GREY_25_PERCENT);
        section = grid(wb, bold, true);
        fill(section, IndexedColors.PALE_BLUE);
        sectionNumber = grid(wb, bold, false);
        sectionNumber.setAlignment(HorizontalAlignment.CENTER);
        fill(sectionNumber, IndexedColors.PALE_BLUE);

        code = text(grid(wb, base, false));
        label = grid(wb, base, true);
        partLabel = grid(wb, base, true);
        // Indentation only shows with an explicit alignment (LibreOffice ignores it on "general").
        partLabel.setAlignment(HorizontalAlignment.LEFT);
        partLabel.setIndention((short) 2);
        unit = grid(wb, italic, true);
        measure = grid(wb, italic, true);
        measure.setAlignment(HorizontalAlignment.CENTER);
        unused = grid(wb, base, false);
        fill(unused, IndexedColors.GREY_25_PERCENT);
        plan = grid(wb, base, false);
        plan.setAlignment(HorizontalAlignment.CENTER);
        fill(plan, IndexedColors.LIGHT_TURQUOISE);

        input = grid(wb, base, false);
        input.setLocked(false);
        fill(input, IndexedColors.LIGHT_YELLOW);
        inputText = grid(wb, base, true);
        inputText.setLocked(false);
        fill(inputText, IndexedColors.LIGHT_YELLOW);
        meta = text(wb.createCellStyle());
    }

    private static Font font(Workbook wb, boolean bold, boolean italic, short points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle plain(Workbook wb, Font font, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle grid(Workbook wb, Font font, boolean wrap) {
        CellStyle s = plain(wb, font, wrap);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** Text format, so a code retyped by hand stays "10.10" and never becomes the number 10.1. */
    private static CellStyle text(CellStyle s) {
        s.setDataFormat((short) 0x31); // built-in format "@"
        return s;
    }

    private static void fill(CellStyle s, IndexedColors colour) {
        s.setFillForegroundColor(colour.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
