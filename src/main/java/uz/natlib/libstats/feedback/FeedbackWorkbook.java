package uz.natlib.libstats.feedback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The sender's own workbook handed back, with nothing live left in it (values for formulas, no
 * macros, links or connections): every cell a finding points at filled (red for an error,
 * yellow for a warning, blue for a note) and commented with the message in both scripts and
 * English, plus a first sheet listing every finding, errors first. A file that was no readable
 * workbook, or is not to be rebuilt, gets a new workbook with the list only.
 */
public final class FeedbackWorkbook {

    public static final String FINDINGS_SHEET = "Хатолар - Xatolar";

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbook.class);

    private FeedbackWorkbook() {
    }

    /**
     * Writes the feedback workbook; returns the extension used ({@code xlsx} or {@code xls}).
     * Written whole to memory first, so that a sender's workbook that fails on the way out
     * still gives the list of findings alone, not half a file.
     *
     * @param original the file as received, or {@code null} for the list of findings alone
     */
    public static String write(byte[] original, FeedbackReport report, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String extension;
        Workbook workbook = handedBack(original, report);
        boolean handedBack = workbook.getNumberOfSheets() > 0;
        try {
            extension = write(workbook, report, handedBack, bytes);
        } catch (IOException | RuntimeException e) {
            if (!handedBack) {
                throw e;
            }
            log.warn("Feedback for {} lists the findings alone: its workbook cannot be written back: {}",
                    ShownText.of(report.fileName()), e.toString());
            bytes.reset();
            extension = write(new XSSFWorkbook(), report, false, bytes);
        }
        bytes.writeTo(out);
        return extension;
    }

    private static String write(Workbook workbook, FeedbackReport report, boolean handedBack, OutputStream out)
            throws IOException {
        try (workbook) {
            mark(workbook, report.findings());
            listFindings(workbook, report, handedBack);
            if (workbook instanceof HSSFWorkbook) {
                workbook.write(out);
                return "xls";
            }
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            workbook.write(written);
            InertPackage.strip(written.toByteArray(), out);
            return "xlsx";
        }
    }

    /**
     * The sender's workbook with nothing live left in it ({@link CachedValues}, then
     * {@link InertXlsx} and, once written, {@link InertPackage}; or {@link InertXls}), or a new
     * empty workbook: for a file that was not read, one over a reading limit (never rebuilt: that
     * is what the limits guard against), one that is no workbook and one that cannot be made inert.
     */
    static Workbook handedBack(byte[] original, FeedbackReport report) {
        if (original == null || original.length == 0 || report.findings().stream().anyMatch(f -> f.rule().isLimit())) {
            return new XSSFWorkbook();
        }
        Workbook workbook;
        try {
            InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(original));
            workbook = FileMagic.valueOf(in) == FileMagic.OLE2 ? InertXls.open(in) : WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            return new XSSFWorkbook(); // corrupt, encrypted, a CSV: the list of findings alone
        }
        try {
            CachedValues.handBack(workbook);
            if (workbook instanceof XSSFWorkbook xssf) {
                InertXlsx.strip(xssf);
            } else if (workbook instanceof HSSFWorkbook hssf) {
                InertXls.strip(hssf);
            }
            return workbook;
        } catch (RuntimeException e) {
            log.warn("Feedback for {} lists the findings alone: its workbook cannot be handed back inert: {}",
                    ShownText.of(report.fileName()), e.toString());
            try {
                workbook.close();
            } catch (IOException ignored) {
                // only memory to free
            }
            return new XSSFWorkbook();
        }
    }

    private static void mark(Workbook workbook, List<Finding> findings) {
        CreationHelper factory = workbook.getCreationHelper();
        Map<String, Drawing<?>> drawings = new HashMap<>();
        Map<String, CellStyle> styles = new HashMap<>();
        Map<String, StringBuilder> comments = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        Map<String, Margin> margins = new HashMap<>();
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
        // Top to bottom, so that the boxes in a sheet's margin stand in the order of their cells.
        List<Map.Entry<String, StringBuilder>> inOrder = comments.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, StringBuilder> e) -> sheetOf(e.getKey()))
                        .thenComparingInt(e -> refOf(e.getKey()).getRow())
                        .thenComparingInt(e -> refOf(e.getKey()).getCol()))
                .toList();
        for (var entry : inOrder) {
            String key = entry.getKey();
            Sheet sheet = workbook.getSheet(sheetOf(key));
            CellReference ref = refOf(key);
            Margin margin = margins.computeIfAbsent(sheet.getSheetName(), n -> new Margin(sheet, inOrder.stream()
                    .filter(e -> sheetOf(e.getKey()).equals(n)).mapToInt(e -> refOf(e.getKey()).getCol()).max()
                    .orElse(0)));
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
            Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), n -> FormulaComments.patriarch(sheet));
            String text = SpreadsheetText.cut(entry.getValue().toString().strip());
            ClientAnchor anchor = margin.place(factory.createClientAnchor(), ref.getRow(), lines(text, COMMENT_WIDTH),
                    severity == Severity.ERROR);
            cell.removeCellComment();
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text));
            comment.setAuthor("libstats");
            // Errors stay open on the sheet (and in print), so the cell to fix and why are seen at once;
            // warnings and notes open when pointed at. Every box stands in the margin (Margin), so none
            // covers a figure or the plan beside it that the clerk must read to correct the cell.
            comment.setVisible(severity == Severity.ERROR);
            cell.setCellComment(comment);
        }
    }

    /** Characters of a comment's line in a box {@link Margin#WIDTH} columns wide. */
    private static final int COMMENT_WIDTH = 48;

    /**
     * The margin to the right of a sheet's used columns, where the comment boxes stand one below
     * the other from their cell's row down (Excel draws a line from each box to its cell): a box
     * beside its cell would cover the next columns (the other measures, the plan), and boxes of
     * neighbouring cells would cover each other.
     */
    private static final class Margin {

        static final int WIDTH = 5;

        private final int firstColumn;
        private int nextFreeRow;

        /** @param rightmostMarked the column of the rightmost cell a finding points at (it may be a blank one) */
        Margin(Sheet sheet, int rightmostMarked) {
            int used = rightmostMarked + 1;
            for (Row row : sheet) {
                used = Math.max(used, row.getLastCellNum());
            }
            // One empty column between the sheet's own cells and the boxes.
            this.firstColumn = used + 1;
        }

        /**
         * @param open whether the box stays open; one that opens only when pointed at takes no room
         *             from the open ones (it covers them only while it is read)
         */
        ClientAnchor place(ClientAnchor anchor, int row, int lines, boolean open) {
            int top = open ? Math.max(row, nextFreeRow) : row;
            int height = Math.min(Math.max(3, lines + 1), 40);
            anchor.setCol1(firstColumn);
            anchor.setCol2(firstColumn + WIDTH);
            anchor.setRow1(top);
            anchor.setRow2(top + height);
            if (open) {
                nextFreeRow = top + height;
            }
            return anchor;
        }
    }

    private static void listFindings(Workbook workbook, FeedbackReport report, boolean handedBack) {
        if (workbook.getSheetIndex(FINDINGS_SHEET) >= 0) {
            // Our own feedback workbook sent back to us: the old list gives way to the new one.
            workbook.removeSheetAt(workbook.getSheetIndex(FINDINGS_SHEET));
        }
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
        // In the three languages, line by line: the whole text's three sections would push the list off the screen.
        List<String> summary = FeedbackText.summary(report);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(SpreadsheetText.cell(String.join("\n", summary)));
        title.getCell(0).setCellStyle(wrap);
        int summaryLines = summary.stream().mapToInt(l -> lines(l, SUMMARY_WIDTH)).sum();
        title.setHeightInPoints(height(15 * summaryLines + 4));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        if (handedBack) {
            Row note = sheet.createRow(1);
            note.createCell(0).setCellValue(HANDED_BACK.cyrl() + "\n" + HANDED_BACK.latn() + "\n" + HANDED_BACK.en());
            note.getCell(0).setCellStyle(wrap);
            note.setHeightInPoints(3 * 15 + 4);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
        }
        Row head = sheet.createRow(2);
        // Six short lines: each language's name of a column may take two.
        head.setHeightInPoints(80);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(COLUMNS[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 3;
        for (Finding f : report.findings()) {
            Row row = sheet.createRow(r);
            // Sheet names, values seen and the messages quoting them are the sender's text: each
            // neutralised and cut, so that no cell starts a formula or passes Excel's limit.
            String where = (f.sheet() == null ? "" : f.sheet() + "!") + (f.cell() == null ? "" : f.cell());
            String message = f.message().cyrl() + "\n" + f.message().latn() + "\n" + f.message().en();
            Message rule = f.rule().words();
            String[] values = {Integer.toString(r - 2), where, severityWord(f.severity()).replace(" / ", "\n"),
                    f.valueSeen() == null ? "" : f.valueSeen(), message,
                    rule.cyrl() + "\n" + rule.latn() + "\n" + rule.en(), f.rule().code()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(SpreadsheetText.cell(values[c]));
                cell.setCellStyle(wrap);
            }
            int lines = Math.max(3, Math.max(lines(message, WIDTHS[4]), lines(values[5], WIDTHS[5])));
            row.setHeightInPoints(height(13 * lines + 4));
            r++;
        }
        sheet.createFreezePane(0, 3);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static final Message HANDED_BACK = Message.of(
            "Бу нусхада формулалар ўрнига уларнинг қийматлари берилган; макрослар, ҳаволалар ва бошқа"
                    + " файлларга уланишлар олиб ташланган.",
            "In this copy formulas are replaced by their values; macros, hyperlinks and connections to other"
                    + " files are removed.");

    // The rule in words beside the message, in the same three lines; its code in a column of its own,
    // for searching and for telling the National Library which rule is meant.
    private static final String[] COLUMNS = {"№", "Катак\nKatak\nCell", "Даража\nDaraja\nSeverity",
            "Кўрилган қиймат\nKoʻrilgan qiymat\nValue seen", "Изоҳ / Izoh / Message", "Қоида\nQoida\nRule",
            "Қоида коди\nQoida kodi\nRule code"};
    private static final int[] WIDTHS = {5, 12, 16, 20, 80, 30, 22};
    private static final int SUMMARY_WIDTH = 185;

    /** Excel's tallest row is 409 points; a taller one makes it repair the file. */
    private static float height(int points) {
        return Math.min(points, 409);
    }

    /** How many lines a wrapped text takes in a column this many characters wide. */
    private static int lines(String text, int width) {
        return text.lines().mapToInt(l -> Math.max(1, (l.length() + width - 1) / width)).sum();
    }

    private static String sheetOf(String key) {
        return key.substring(0, key.lastIndexOf('!'));
    }

    private static CellReference refOf(String key) {
        return new CellReference(key.substring(key.lastIndexOf('!') + 1));
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
