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

    /** The text shown, cut to {@link #QUOTE_LIMIT} characters (with "…") for quoting in a message. */
    public static String quoted(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
        return of(cut);
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
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
