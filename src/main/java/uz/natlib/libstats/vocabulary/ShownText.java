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
