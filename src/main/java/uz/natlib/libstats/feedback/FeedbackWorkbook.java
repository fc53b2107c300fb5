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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uz.natlib.libstats.validation.Finding;
import uz.natlib.libstats.validation.Severity;

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
            mark(workbook, report.findings());
            listFindings(workbook, report);
            workbook.write(out);
            return workbook instanceof HSSFWorkbook ? "xls" : "xlsx";
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
            cell.setCellComment(comment);
        }
    }

    private static void listFindings(Workbook workbook, FeedbackReport report) {
        Sheet sheet = workbook.createSheet(FINDINGS_SHEET);
        workbook.setSheetOrder(FINDINGS_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        String outcome = FeedbackText.render(report).lines().filter(l -> !l.isBlank()).limit(6)
                .reduce((a, b) -> a + "\n" + b).orElse("");
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(outcome);
        title.getCell(0).setCellStyle(wrap);
        title.setHeightInPoints(95);
        String[] columns = {"№", "Даража / Daraja / Severity", "Варақ / Varaq / Sheet", "Катак / Katak / Cell",
                "Кўрилган қиймат / Koʻrilgan qiymat / Value seen", "Қоида / Qoida / Rule", "Изоҳ (кирилл)",
                "Izoh (lotin)", "Message (English)"};
        Row head = sheet.createRow(2);
        for (int c = 0; c < columns.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns[c]);
            cell.setCellStyle(header);
        }
        int r = 3;
        for (Finding f : report.findings()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 2);
            row.createCell(1).setCellValue(severityWord(f.severity()));
            row.createCell(2).setCellValue(f.sheet() == null ? "" : f.sheet());
            row.createCell(3).setCellValue(f.cell() == null ? "" : f.cell());
            row.createCell(4).setCellValue(f.valueSeen() == null ? "" : f.valueSeen());
            row.createCell(5).setCellValue(f.rule());
            row.createCell(6).setCellValue(f.message().cyrl());
            row.createCell(7).setCellValue(f.message().latn());
            row.createCell(8).setCellValue(f.message().en());
            for (int c = 6; c <= 8; c++) {
                row.getCell(c).setCellStyle(wrap);
            }
            r++;
        }
        int[] widths = {5, 16, 14, 9, 18, 22, 60, 60, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 3);
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
