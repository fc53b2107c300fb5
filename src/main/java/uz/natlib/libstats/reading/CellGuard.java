package uz.natlib.libstats.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * Watches one workbook as it streams against the {@link ReadingLimits}: sheets, rows and columns
 * stop the reading (a {@link LimitBroken}); a cell whose text or number is too long is left out
 * with a finding of its own, and the rest of the file is read.
 */
final class CellGuard {

    /** After this many cell findings the file is not worth reading on. */
    private static final int MAX_CELL_FINDINGS = 50;

    private final ReadingLimits limits;
    private final List<Finding> findings = new ArrayList<>();
    private int sheets;
    private int cells;

    CellGuard(ReadingLimits limits) {
        this.limits = limits;
    }

    List<Finding> findings() {
        return findings;
    }

    void sheet(String name) {
        if (++sheets > limits.sheets()) {
            throw new LimitBroken(Finding.error(RuleId.TOO_MANY_SHEETS, null, null, null, Message.of(
                    "Иш китобида варақлар жуда кўп (" + limits.sheets() + " тадан ортиқ). Ҳисобот шаклининг"
                            + " ўзини юборинг.",
                    "The workbook has too many sheets (more than " + limits.sheets() + "). Send the return's"
                            + " template itself.")));
        }
    }

    void row(String sheet, int rowsSoFar) {
        if (rowsSoFar > limits.rows()) {
            throw new LimitBroken(Finding.error(RuleId.TOO_MANY_ROWS, sheet, null, null, Message.of(
                    "«" + ShownText.quoted(sheet) + "» варағида қаторлар жуда кўп (" + limits.rows() + " тадан ортиқ);"
                            + " ҳисобот шаклида бир неча юз қатор бўлади. Ортиқча қаторларни ўчириб, қайта юборинг.",
                    "Sheet «" + ShownText.quoted(sheet) + "» has too many rows (more than " + limits.rows() + ");"
                            + " a return has a few hundred. Delete the extra rows and send it again.")));
        }
    }

    /** The cell as read, or {@code null} when it is left out for breaking a limit. */
    RawCell cell(String sheet, int row, int column, String text, boolean numeric, boolean date) {
        String ref = CellRefs.ref(row, column);
        if (column >= limits.columns()) {
            throw new LimitBroken(Finding.error(RuleId.TOO_MANY_COLUMNS, sheet, ref, null, Message.of(
                    "«" + ShownText.quoted(sheet) + "» варағида " + ref + " катаги ишлатилган: устунлар жуда кўп ("
                            + limits.columns() + " тадан ортиқ). Ортиқча устунларни ўчириб, қайта юборинг.",
                    "Sheet «" + ShownText.quoted(sheet) + "» uses cell " + ref + ": too many columns (more than "
                            + limits.columns() + "). Delete the extra columns and send it again.")));
        }
        if (++cells > limits.cells()) {
            throw new LimitBroken(Finding.error(RuleId.TOO_MANY_CELLS, sheet, ref, null, Message.of(
                    "Иш китобида тўлдирилган катаклар жуда кўп (" + limits.cells() + " тадан ортиқ); ҳисобот шаклида"
                            + " бир неча минг катак бўлади. Ортиқча варақ ва қаторларни ўчириб, қайта юборинг.",
                    "The workbook has too many filled cells (more than " + limits.cells() + "); a return has a few"
                            + " thousand. Delete extra sheets and rows and send it again.")));
        }
        if (text.length() > limits.cellText()) {
            add(Finding.error(RuleId.CELL_TEXT_TOO_LONG, sheet, ref, ShownText.quoted(text), Message.of(
                    "Катакда матн жуда узун (" + text.length() + " белги, кўпи билан " + limits.cellText()
                            + "): «" + ShownText.quoted(text) + "». Катакни қисқартиринг.",
                    "The cell's text is too long (" + text.length() + " characters, at most " + limits.cellText()
                            + "): «" + ShownText.quoted(text) + "». Shorten it.")));
            return null;
        }
        if (numeric && tooManyDigits(text)) {
            add(Finding.error(RuleId.NUMBER_TOO_LONG, sheet, ref, ShownText.quoted(text), Message.of(
                    "Катакдаги сон жуда узун ёки жуда катта: «" + ShownText.quoted(text) + "» (кўпи билан "
                            + limits.numberDigits() + " рақам). Ҳақиқий қийматни ёзинг.",
                    "The number in the cell is too long or too large: «" + ShownText.quoted(text) + "» (at most "
                            + limits.numberDigits() + " digits). Enter the real figure.")));
            return null;
        }
        return new RawCell(sheet, ref, text, numeric, date);
    }

    /** A stored number's digits counted from its scale and precision, never by writing it out. */
    boolean tooManyDigits(String number) {
        if (number.length() > 4 * limits.numberDigits()) {
            return true;
        }
        try {
            BigDecimal value = new BigDecimal(number);
            long whole = (long) value.precision() - value.scale();
            long fraction = Math.max(0, value.scale());
            return whole > limits.numberDigits() || fraction > limits.numberDigits();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void add(Finding finding) {
        findings.add(finding);
        if (findings.size() >= MAX_CELL_FINDINGS) {
            throw new LimitBroken(finding);
        }
    }
}
