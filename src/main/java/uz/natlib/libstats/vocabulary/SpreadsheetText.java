package uz.natlib.libstats.vocabulary;

import java.util.regex.Pattern;

/**
 * Text written into a spreadsheet or CSV we produce. A sender's text is neutralised against
 * formula injection by OWASP's rule: text that starts with {@code = + - @}, a tab or a carriage
 * return is prefixed with an apostrophe, so that no spreadsheet ever takes it for a formula. A
 * plain number ({@code -5}) is left as it is. Any text for a cell or a comment is cut to what
 * Excel holds, because POI refuses a longer one and the whole workbook would be lost.
 */
public final class SpreadsheetText {

    /** Excel's limit on the characters of one cell (and of one comment). */
    public static final int CELL_LIMIT = 32_767;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetText() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }

    /** The text cut to {@link #CELL_LIMIT} characters, ending in "…" where it was cut. */
    public static String cut(String text) {
        if (text == null || text.length() <= CELL_LIMIT) {
            return text;
        }
        int end = CELL_LIMIT - 1;
        // Never half a surrogate pair: Excel would show a broken character before the "…".
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A sender's text for one cell: neutralised, then cut. */
    public static String cell(String text) {
        return cut(neutralised(text));
    }
}
