package uz.natlib.libstats.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The sender's own workbook handed back: every cell a finding points at filled (red for an
 * error, yellow for a warning, blue for a note) and commented with the message in both scripts
 * and English, plus a first sheet listing every finding, errors first. A file that was no
 * readable workbook gets a new workbook with the list only.
 */
public final class FeedbackWorkbook {

    public static final String FINDINGS_SHEET = "Хатолар - Xatolar";

    private FeedbackWorkbook() {
    }

    /** Writes the feedback workbook; returns the extension used ({@code xlsx} or {@code xls}). */
    public static String write(byte[] original, FeedbackReport report, OutputStream out) throws IOException {
        Workbook workbook = open(original);
        try (workbook) {
            handBackValues(workbook);
            mark(workbook, report.findings());
            listFindings(workbook, report);
            workbook.write(out);
            return workbook instanceof HSSFWorkbook ? "xls" : "xlsx";
        }
    }

    /**
     * The sender gets back what their cells showed, never live content: every formula (a DDE
     * command among them) becomes its cached value, and a macro-enabled workbook is written as a
     * plain one.
     */
    static void handBackValues(Workbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        if (cell.getCachedFormulaResultType() == CellType.ERROR) {
                            cell.setBlank();
                        } else {
                            cell.removeFormula();
                        }
                    }
                }
            }
        }
        if (workbook instanceof XSSFWorkbook xssf && xssf.isMacroEnabled()) {
            xssf.setWorkbookType(XSSFWorkbookType.XLSX);
        }
    }

    private static Workbook open(byte[] original) {
        if (original != null && original.length > 0) {
            try {
                return WorkbookFactory.create(new ByteArrayInputStream(original));
            } catch (IOException | RuntimeException e) {
                // Not a readable workbook (corrupt, encrypted, CSV): the list of findings alone.
            }
        }
        return new XSSFWorkbook();
    }

    private static void mark(Workbook workbook, List<Finding> findings) {
        CreationHelper factory = workbook.getCreationHelper();
        Map<String, Drawing<?>> drawings = new HashMap<>();
        Map<String, CellStyle> styles = new HashMap<>();
        Map<String, StringBuilder> comments = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        for (Finding f : findings) {
            if (f.sheet() == null || f.cell() == null || workbook.getSheet(f.sheet()) == null || !isCellRef(f.cell())) {
                continue;
            }
            String key = f.sheet() + "!" + f.cell();
            comments.computeIfAbsent(key, k -> new StringBuilder())
                    .append(severityWord(f.severity())).append(": ").append(f.message().cyrl()).append('\n')
                    .append(f.message().latn()).append('\n').append(f.message().en()).append("\n\n");
            worst.merge(key, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        for (var entry : comments.entrySet()) {
            String key = entry.getKey();
            int bang = key.lastIndexOf('!');
            Sheet sheet = workbook.getSheet(key.substring(0, bang));
            CellReference ref = new CellReference(key.substring(bang + 1));
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            Severity severity = worst.get(key);
            CellStyle style = styles.computeIfAbsent(severity + "/" + cell.getCellStyle().getIndex(), k -> {
                CellStyle s = workbook.createCellStyle();
                s.cloneStyleFrom(cell.getCellStyle());
                s.setFillForegroundColor(colour(severity).getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.MEDIUM);
                s.setBorderTop(BorderStyle.MEDIUM);
                s.setBorderLeft(BorderStyle.MEDIUM);
                s.setBorderRight(BorderStyle.MEDIUM);
                return s;
            });
            cell.setCellStyle(style);
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), n -> sheet.createDrawingPatriarch());
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 6);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 8);
            cell.removeCellComment();
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(entry.getValue().toString().strip()));
            comment.setAuthor("libstats");
            // Errors stay open on the sheet (and in print), so the cell to fix is seen at once.
            comment.setVisible(severity == Severity.ERROR);
            cell.setCellComment(comment);
        }
    }

    private static void listFindings(Workbook workbook, FeedbackReport report) {
        Sheet sheet = workbook.createSheet(FINDINGS_SHEET);
        workbook.setSheetOrder(FINDINGS_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        String[] summary = FeedbackText.render(report).lines().filter(l -> !l.isBlank()).limit(6)
                .toArray(String[]::new);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(String.join("\n", summary));
        title.getCell(0).setCellStyle(wrap);
        title.setHeightInPoints(15 * summary.length + 4);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        Row head = sheet.createRow(2);
        head.setHeightInPoints(58);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(COLUMNS[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 3;
        for (Finding f : report.findings()) {
            Row row = sheet.createRow(r);
            String where = SpreadsheetText.neutralised(
                    (f.sheet() == null ? "" : f.sheet() + "!") + (f.cell() == null ? "" : f.cell()));
            String message = f.message().cyrl() + "\n" + f.message().latn() + "\n" + f.message().en();
            String[] values = {Integer.toString(r - 2), where, severityWord(f.severity()).replace(" / ", "\n"),
                    f.valueSeen() == null ? "" : SpreadsheetText.neutralised(f.valueSeen()), message, f.rule().code()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
                cell.setCellStyle(wrap);
            }
            row.setHeightInPoints(13 * Math.max(3, lines(message, WIDTHS[4])) + 4);
            r++;
        }
        sheet.createFreezePane(0, 3);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static final String[] COLUMNS = {"№", "Катак\nKatak\nCell", "Даража\nDaraja\nSeverity",
            "Кўрилган қиймат\nKoʻrilgan qiymat\nValue seen", "Изоҳ / Izoh / Message", "Қоида\nQoida\nRule"};
    private static final int[] WIDTHS = {5, 14, 16, 18, 95, 24};

    /** How many lines a wrapped text takes in a column this many characters wide. */
    private static int lines(String text, int width) {
        return text.lines().mapToInt(l -> Math.max(1, (l.length() + width - 1) / width)).sum();
    }

    private static boolean isCellRef(String ref) {
        return ref.matches("[A-Z]{1,3}[0-9]{1,7}");
    }

    private static IndexedColors colour(Severity severity) {
        return switch (severity) {
            case ERROR -> IndexedColors.ROSE;
            case WARNING -> IndexedColors.LIGHT_YELLOW;
            case INFO -> IndexedColors.PALE_BLUE;
        };
    }

    private static String severityWord(Severity severity) {
        return switch (severity) {
            case ERROR -> "ХАТО / XATO / ERROR";
            case WARNING -> "ОГОҲЛАНТИРИШ / OGOHLANTIRISH / WARNING";
            case INFO -> "МАЪЛУМОТ / MAʼLUMOT / NOTE";
        };
    }
}
