package uz.natlib.libstats.vocabulary;

/**
 * Text from a sender (a file name, a cell) as it may be shown: control characters and the
 * invisible bidirectional marks written as {@code \u202E}, so that a name with a newline cannot
 * add a line of its own to a report or a table, and one with a right-to-left override cannot
 * make its extension read backwards. What is stored keeps the text exactly as it came.
 */
public final class ShownText {

    private ShownText() {
    }

    /** The most of a sender's text a message quotes: enough to recognise it, never a page of it. */
    public static final int QUOTE_LIMIT = 200;

    /**
     * Marks around a sender's text inside a message, Unicode noncharacters (set aside for a program's
     * own use, never text): {@link Message#of} leaves what lies between them as it was typed where it
     * writes the Cyrillic message in Latin («много» stays «много», not «mnogo»), and every message and
     * finding drops the marks when it is made. A sender's own mark is shown as its code.
     */
    static final char QUOTE_START = '\uFDD0';
    static final char QUOTE_END = '\uFDD1';

    /**
     * The text shown, cut to {@link #QUOTE_LIMIT} characters (with "…"), for quoting in a message:
     * marked as the sender's, so that no script of the message changes it.
     */
    public static String quoted(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
        return verbatim(cut);
    }

    /**
     * The text shown and cut to {@link #QUOTE_LIMIT} characters (with "…"), unmarked: for a place
     * that is no {@link Message}, such as a report's line naming a sender's file, where nothing would
     * take the marks {@link #quoted} puts around it away again.
     */
    public static String shortened(String text) {
        if (text == null) {
            return null;
        }
        return of(text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…");
    }

    /** The text shown whole, marked to stay as it is in every script of a message (a file's path, say). */
    public static String verbatim(String text) {
        return text == null ? null : QUOTE_START + of(text) + QUOTE_END;
    }

    /** A message's text without the marks {@link #quoted} put around a sender's text. */
    static String unmarked(String text) {
        if (text == null || (text.indexOf(QUOTE_START) < 0 && text.indexOf(QUOTE_END) < 0)) {
            return text;
        }
        return text.replace(String.valueOf(QUOTE_START), "").replace(String.valueOf(QUOTE_END), "");
    }

    /** A value seen, as {@link #quoted} may have handed it: without the marks around it. */
    static String unwrapped(String text) {
        if (text != null && text.length() >= 2 && text.charAt(0) == QUOTE_START
                && text.charAt(text.length() - 1) == QUOTE_END) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c) || c == QUOTE_START || c == QUOTE_END) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                shown.append(String.format("\\u%04X", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
