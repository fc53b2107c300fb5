package uz.natlib.libstats.templates;

import static uz.natlib.libstats.templates.TemplateGrid.column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.catalogue.Indicator;
import uz.natlib.libstats.catalogue.Measure;
import uz.natlib.libstats.catalogue.Section;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ValueKey;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/** The table of a workbook: header row, then each section's heading row and indicator rows. */
final class IndicatorTable {

    /** Column widths in characters, in {@link ReturnLayout#TABLE_COLUMNS} order. */
    static final int[] WIDTHS = {9, 6, 52, 20, 12, 10, 12, 10, 12, 10, 15, 13, 24};

    private static final float LINE_POINTS = 12.75f;
    /** Long seed "units" are really descriptions of the work; beyond this they show when the cell is selected. */
    private static final int MAX_LINES = 6;

    private final Sheet sheet;
    private final TemplateStyles styles;
    private final TemplateTexts texts;
    private final TemplateRequest request;
    private final Map<String, Measure> measures;
    private final TemplateValidations validations;
    private int next = TemplateGrid.HEADER_ROW;

    IndicatorTable(Sheet sheet, TemplateStyles styles, TemplateTexts texts, TemplateRequest request,
                   TemplateValidations validations) {
        this.sheet = sheet;
        this.styles = styles;
        this.texts = texts;
        this.request = request;
        this.validations = validations;
        this.measures = request.catalogue().measures().stream()
                .collect(Collectors.toMap(Measure::key, m -> m));
    }

    void write() {
        header();
        Catalogue catalogue = request.catalogue();
        for (Section section : catalogue.sections()) {
            sectionRow(section);
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.section().equals(section.code())) {
                    indicatorRow(indicator);
                }
            }
        }
    }

    private void header() {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < ReturnLayout.TABLE_COLUMNS.size(); c++) {
            text(row, c, texts.label(ReturnLayout.TABLE_COLUMNS.get(c)), styles.header);
        }
        // Two-word labels ("Йиллик режа") wrap in their narrow columns.
        height(row, 2);
    }

    private void sectionRow(Section section) {
        Row row = sheet.createRow(next++);
        text(row, column(Label.CODE), "", styles.section);
        text(row, column(Label.NUMBER), section.code(), styles.sectionNumber);
        String label = texts.label(section);
        for (int c = column(Label.INDICATOR); c < ReturnLayout.TABLE_COLUMNS.size(); c++) {
            text(row, c, c == column(Label.INDICATOR) ? label : "", styles.section);
        }
        // Bold text is wider than the estimate assumes.
        height(row, lines(label, WIDTHS[column(Label.INDICATOR)] - 6));
    }

    private void indicatorRow(Indicator indicator) {
        Row row = sheet.createRow(next++);
        text(row, column(Label.CODE), indicator.code(), styles.code);
        text(row, column(Label.NUMBER), indicator.seedNumber() == null ? "" : indicator.seedNumber(), styles.code);
        String label = texts.label(indicator);
        text(row, column(Label.INDICATOR), label, indicator.parentCode() == null ? styles.label : styles.partLabel);
        String unit = texts.unit(indicator);
        text(row, column(Label.UNIT), unit, styles.unit);
        int lines = Math.max(lines(label, WIDTHS[column(Label.INDICATOR)] - (indicator.parentCode() == null ? 0 : 3)),
                lines(unit, WIDTHS[column(Label.UNIT)] + 1));
        for (int k = 1; k <= ReturnLayout.MAX_MEASURES; k++) {
            lines = Math.max(lines, measureCells(row, indicator, k));
        }
        boolean isReturn = request.kind() == SubmissionKind.RETURN;
        text(row, column(Label.PLAN), isReturn ? planText(indicator) : "", isReturn ? styles.plan : styles.unused);
        String note = statusCells(row, indicator);
        height(row, Math.max(lines, lines(note, WIDTHS[column(Label.NOTE)])));
    }

    /** Writes the k-th measure's label and input cell; returns the lines its label needs. */
    private int measureCells(Row row, Indicator indicator, int k) {
        int measureColumn = column(ReturnLayout.MEASURE_COLUMNS.get(k - 1));
        int valueColumn = TemplateGrid.valueColumn(k);
        if (k > indicator.measures().size() || !takesFigures(indicator)) {
            text(row, measureColumn, "", styles.unused);
            text(row, valueColumn, "", styles.unused);
            return 1;
        }
        Measure measure = measures.get(indicator.measures().get(k - 1));
        String label = texts.label(measure);
        text(row, measureColumn, label, styles.measure);
        Cell value = row.createCell(valueColumn);
        value.setCellStyle(styles.input);
        BigDecimal figure = request.inputFigures().get(new ValueKey(indicator.code(), measure.key()));
        if (figure != null) {
            value.setCellValue(figure.doubleValue());
        }
        validations.number(row.getRowNum(), valueColumn, measure.decimals());
        // Labels wrap at spaces only, so a two-word label longer than the column takes two lines.
        return label.length() > WIDTHS[measureColumn] - 1 && label.contains(" ") ? 2 : 1;
    }

    /**
     * Whether the row has input cells for figures: every measure of a return, but in a plan only the
     * rows that bear a plan figure; the others are greyed and locked like an unused measure slot.
     */
    private boolean takesFigures(Indicator indicator) {
        return request.kind() == SubmissionKind.RETURN || indicator.planBearing();
    }

    /** Writes the Done and Note cells; returns the note written ("" if none). */
    private String statusCells(Row row, Indicator indicator) {
        ReportedStatus status = request.statuses().get(indicator.code());
        int doneColumn = column(Label.DONE);
        if (indicator.qualitative() && request.kind() == SubmissionKind.RETURN) {
            List<String> words = ReturnLayout.DONE_WORDS.get(request.script());
            String done = status == null || status.done() == null ? "" : words.get(status.done() ? 0 : 1);
            text(row, doneColumn, done, styles.input);
            validations.done(row.getRowNum(), doneColumn);
        } else {
            text(row, doneColumn, "", styles.unused);
        }
        String note = status == null || status.note() == null ? "" : status.note();
        text(row, column(Label.NOTE), note, styles.inputText);
        return note;
    }

    /**
     * "15", "15 / 30", "– / 30" for a plan given on a later measure only; "" with no plan at all, and
     * for a row without plan even if an older plan file stored a figure there (nothing compares with it).
     */
    private String planText(Indicator indicator) {
        if (!indicator.planBearing()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String measure : indicator.measures()) {
            BigDecimal figure = request.plan().get(new ValueKey(indicator.code(), measure));
            parts.add(figure == null ? "–" : figure.stripTrailingZeros().toPlainString());
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).equals("–")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(" / ", parts);
    }

    static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    /** Rows with wrapped text get a height for their longest cell, since POI cannot measure text. */
    private static void height(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(lines, MAX_LINES) * LINE_POINTS + 2);
        }
    }

    /**
     * Lines a wrapped text takes: about one letter of Arial 10 per width unit once wrapping at
     * spaces is paid for; rounded generously, since Excel's .xls rendering fits a little less.
     */
    static int lines(String text, int widthChars) {
        double perLine = Math.max(1, widthChars * 0.95);
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / perLine));
        }
        return lines;
    }
}
