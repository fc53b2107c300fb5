package uz.natlib.libstats.reading;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Counts, over an .xlsx's parts, the shared strings defined ({@code <si>}) and the highest
 * shared-string index a cell points at ({@code <c t="s"><v>N</v></c>}). The workbook reader
 * fills its table of texts up to any index a cell names, so a cell naming text 2 147 483 647 of
 * a table of ten would fill the memory with empty texts: such a file is refused before it is
 * parsed.
 */
final class SharedStringReferences {

    private static final Pattern SHARED_TYPE = Pattern.compile("(^|\\s)t\\s*=\\s*[\"']s[\"']");

    private long definitions;
    private long highestIndex = -1;

    long definitions() {
        return definitions;
    }

    long highestIndex() {
        return highestIndex;
    }

    /** Scans one part's XML bytes. */
    void scan(byte[] xml) {
        boolean inSharedCell = false;
        int i = 0;
        while (i < xml.length) {
            if (xml[i] != '<') {
                i++;
                continue;
            }
            int close = indexOf(xml, (byte) '>', i + 1);
            if (close < 0) {
                return;
            }
            int nameEnd = i + 1;
            while (nameEnd < close && xml[nameEnd] != ' ' && xml[nameEnd] != '\t' && xml[nameEnd] != '\n'
                    && xml[nameEnd] != '\r' && xml[nameEnd] != '/') {
                nameEnd++;
            }
            boolean closing = xml[i + 1] == '/';
            String name = new String(xml, closing ? i + 2 : i + 1, Math.max(0, nameEnd - (closing ? i + 2 : i + 1)),
                    StandardCharsets.ISO_8859_1);
            String local = name.substring(name.indexOf(':') + 1);
            if (closing) {
                if (local.equals("c")) {
                    inSharedCell = false;
                }
            } else if (local.equals("si")) {
                definitions++;
            } else if (local.equals("c")) {
                boolean selfClosing = xml[close - 1] == '/';
                inSharedCell = !selfClosing && SHARED_TYPE.matcher(
                        new String(xml, nameEnd, close - nameEnd, StandardCharsets.ISO_8859_1)).find();
            } else if (local.equals("v") && inSharedCell) {
                highestIndex = Math.max(highestIndex, index(xml, close + 1));
            }
            i = close + 1;
        }
    }

    /** The number written from {@code from} up to the next tag ({@code -1} if none). */
    private static long index(byte[] xml, int from) {
        long value = -1;
        for (int i = from; i < xml.length && xml[i] != '<'; i++) {
            byte b = xml[i];
            if (b >= '0' && b <= '9') {
                value = Math.min((value < 0 ? 0 : value) * 10 + (b - '0'), Long.MAX_VALUE / 20);
            }
        }
        return value;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
