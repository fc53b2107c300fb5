package uz.natlib.libstats.vocabulary;

import java.util.regex.Pattern;

/**
 * A sender's text written into a spreadsheet or CSV we produce, neutralised against formula
 * injection by OWASP's rule: text that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe, so that no spreadsheet ever takes it for a formula. A plain number
 * ({@code -5}) is left as it is.
 */
public final class SpreadsheetText {

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
}
