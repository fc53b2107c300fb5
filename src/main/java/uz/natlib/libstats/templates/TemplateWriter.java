package uz.natlib.libstats.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uz.natlib.libstats.workbook.ReturnLayout;
import uz.natlib.libstats.workbook.ReturnLayout.Label;

/**
 * Writes the workbook a district fills in: a quarterly return or the annual plan, blank or (for
 * samples) filled, in the shape {@link ReturnLayout} describes. Works through POI's common
 * {@link Workbook} interface so that .xlsx and legacy .xls come out the same.
 */
public final class TemplateWriter {

    /** Builds the workbook and leaves it open, for callers that change it before saving. */
    public Workbook build(TemplateRequest request) {
        return fill(request.format().newWorkbook(), request);
    }

    /**
     * Writes the workbook to a file. An .xlsx is streamed (POI's SXSSF): rows go straight to XML
     * instead of into an object tree, which makes writing thousands of samples faster.
     */
    public void write(TemplateRequest request, Path file) throws IOException {
        Workbook wb = request.format() == WorkbookFormat.XLSX ? streaming() : request.format().newWorkbook();
        try (wb) {
            save(fill(wb, request), file);
        }
    }

    private static Workbook streaming() {
        // Inline strings: building POI's shared-string table took a quarter of the time. Excel,
        // LibreOffice, POI and fastexcel-reader all read inline strings; Excel converts on save.
        return new SXSSFWorkbook(new XSSFWorkbook(), SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, false);
    }

    private Workbook fill(Workbook wb, TemplateRequest request) {
        try {
            TemplateStyles styles = new TemplateStyles(wb);
            TemplateTexts texts = new TemplateTexts(request.script());
            Sheet sheet = wb.createSheet(texts.sheetName(request.kind()));
            titles(sheet, styles, texts, request);
            identification(sheet, styles, texts, request);
            IndicatorTable.text(sheet.createRow(TemplateGrid.HINT_ROW), 0, texts.hint(request.kind()), styles.hint);
            TemplateValidations validations = new TemplateValidations();
            new IndicatorTable(sheet, styles, texts, request, validations).write();
            validations.apply(sheet, texts, request.script());
            layout(sheet);
            protect(sheet);
            meta(wb, styles, request);
            wb.setActiveSheet(0);
            return wb;
        } catch (RuntimeException e) {
            try {
                wb.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public static void save(Workbook wb, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** The key / value pairs of the hidden sheet, in the order written. */
    static Map<String, String> metaValues(TemplateRequest request) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ReturnLayout.META_FORMAT, ReturnLayout.TEMPLATE_FORMAT);
        meta.put(ReturnLayout.META_TEMPLATE_VERSION, ReturnLayout.TEMPLATE_VERSION);
        meta.put(ReturnLayout.META_KIND, request.kind().code());
        meta.put(ReturnLayout.META_DISTRICT, request.district().code());
        meta.put(ReturnLayout.META_REGION, request.region().code());
        meta.put(ReturnLayout.META_YEAR, Integer.toString(request.year()));
        meta.put(ReturnLayout.META_QUARTER, request.quarter() == null ? "" : request.quarter().toString());
        meta.put(ReturnLayout.META_SCRIPT, request.script().code());
        return meta;
    }

    private static void titles(Sheet sheet, TemplateStyles styles, TemplateTexts texts, TemplateRequest r) {
        IndicatorTable.text(sheet.createRow(TemplateGrid.TITLE_ROW), 0, texts.title(r.kind()), styles.title);
        sheet.getRow(TemplateGrid.TITLE_ROW).setHeightInPoints(18);
        IndicatorTable.text(sheet.createRow(TemplateGrid.SUBTITLE_ROW), 0,
                texts.subtitle(r.district(), r.region(), r.year(), r.quarter()), styles.subtitle);
    }

    private static void identification(Sheet sheet, TemplateStyles styles, TemplateTexts texts, TemplateRequest r) {
        Map<Label, String> values = new LinkedHashMap<>();
        values.put(Label.REGION, texts.name(r.region()));
        values.put(Label.DISTRICT, texts.name(r.district()));
        values.put(Label.SOATO, r.district().code());
        values.put(Label.YEAR, Integer.toString(r.year()));
        values.put(Label.QUARTER, r.quarter() == null ? "" : TemplateTexts.roman(r.quarter()));
        values.put(Label.KIND, texts.kindWords(r.kind()));
        values.put(Label.TEMPLATE_VERSION, ReturnLayout.TEMPLATE_VERSION);
        for (Label label : ReturnLayout.IDENTIFICATION) {
            Row row = sheet.createRow(TemplateGrid.identificationRow(label));
            IndicatorTable.text(row, TemplateGrid.IDENTIFICATION_LABEL_COLUMN, texts.label(label), styles.idLabel);
            IndicatorTable.text(row, TemplateGrid.IDENTIFICATION_VALUE_COLUMN, values.get(label), styles.idValue);
        }
    }

    private static void layout(Sheet sheet) {
        for (int c = 0; c < IndicatorTable.WIDTHS.length; c++) {
            sheet.setColumnWidth(c, IndicatorTable.WIDTHS[c] * 256 + 180);
        }
        sheet.createFreezePane(0, TemplateGrid.HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(TemplateGrid.HEADER_ROW, TemplateGrid.HEADER_ROW, -1, -1));
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * Protected without a password: the point is to stop accidental edits of codes and labels,
     * not to lock anyone out. Column widths and row heights stay adjustable.
     */
    private static void protect(Sheet sheet) {
        XSSFSheet xssf = sheet instanceof SXSSFSheet
                ? ((SXSSFWorkbook) sheet.getWorkbook()).getXSSFWorkbook().getSheet(sheet.getSheetName())
                : sheet instanceof XSSFSheet x ? x : null;
        if (xssf == null) {
            sheet.protectSheet("");
            return;
        }
        xssf.enableLocking();
        xssf.lockFormatColumns(false);
        xssf.lockFormatRows(false);
    }

    private static void meta(Workbook wb, TemplateStyles styles, TemplateRequest request) {
        Sheet meta = wb.createSheet(ReturnLayout.META_SHEET);
        int r = 0;
        for (Map.Entry<String, String> entry : metaValues(request).entrySet()) {
            Row row = meta.createRow(r++);
            IndicatorTable.text(row, 0, entry.getKey(), styles.meta);
            IndicatorTable.text(row, 1, entry.getValue(), styles.meta);
        }
        meta.setColumnWidth(0, 20 * 256);
        meta.setColumnWidth(1, 20 * 256);
        wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.HIDDEN);
        protect(meta);
    }
}
