package uz.natlib.libstats.feedback;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.SpreadsheetText;

/**
 * The text of a formula that had no value to hand back, in a comment on its cell: comments are
 * never calculated. At most {@link #LIMIT} per workbook, as a program-written workbook may have
 * thousands and each comment is a shape to draw.
 */
final class FormulaComments {

    static final int LIMIT = 500;

    private static final Message NO_VALUE = Message.of(
            "Бу катакда формула бор эди, унинг қиймати файлда сақланмаган:",
            "This cell held a formula whose value the file did not keep:");

    private final CreationHelper factory;
    private int written;

    FormulaComments(Workbook workbook) {
        this.factory = workbook.getCreationHelper();
    }

    void add(Cell cell, String formula) {
        if (written >= LIMIT || formula == null || formula.isEmpty()) {
            return;
        }
        written++;
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = patriarch(cell.getSheet()).createCellComment(anchor);
        comment.setString(factory.createRichTextString(SpreadsheetText.cut(
                NO_VALUE.cyrl() + "\n" + NO_VALUE.latn() + "\n" + NO_VALUE.en() + "\n=" + formula)));
        comment.setAuthor("libstats");
        cell.removeCellComment();
        cell.setCellComment(comment);
    }

    /** The sheet's drawing as it is: creating one anew would wipe an .xls sheet's shapes and comments. */
    static Drawing<?> patriarch(Sheet sheet) {
        Drawing<?> drawing = sheet.getDrawingPatriarch();
        return drawing != null ? drawing : sheet.createDrawingPatriarch();
    }
}
