package uz.natlib.libstats.reading;

/**
 * Counts, over an .xlsx's parts, the shared strings defined ({@code <si>}) and the highest
 * shared-string index a cell points at ({@code <c t="s"><v>N</v></c>}). The workbook reader
 * fills its table of texts up to any index a cell names, so a cell naming text 2 147 483 647 of
 * a table of ten would fill the memory with empty texts: such a file is refused before it is
 * parsed. A byte scan, allocation-free: it runs over every sheet of every file received.
 */
final class SharedStringReferences {

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
        int n = xml.length;
        while (i < n) {
            if (xml[i] != '<') {
                i++;
                continue;
            }
            int close = indexOf(xml, (byte) '>', i + 1);
            if (close < 0) {
                return;
            }
            boolean closing = i + 1 < n && xml[i + 1] == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < close && !isSpace(xml[nameEnd]) && xml[nameEnd] != '/') {
                nameEnd++;
            }
            int localStart = nameStart;
            for (int k = nameStart; k < nameEnd; k++) {
                if (xml[k] == ':') {
                    localStart = k + 1;
                }
            }
            if (closing) {
                if (is(xml, localStart, nameEnd, 'c')) {
                    inSharedCell = false;
                }
            } else if (is(xml, localStart, nameEnd, 's', 'i')) {
                definitions++;
            } else if (is(xml, localStart, nameEnd, 'c')) {
                inSharedCell = xml[close - 1] != '/' && sharedType(xml, nameEnd, close);
            } else if (inSharedCell && is(xml, localStart, nameEnd, 'v')) {
                highestIndex = Math.max(highestIndex, index(xml, close + 1));
            }
            i = close + 1;
        }
    }

    private static boolean is(byte[] xml, int from, int to, char... name) {
        if (to - from != name.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (xml[from + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the attributes between {@code from} and {@code to} hold {@code t="s"} (any spacing, either quote). */
    private static boolean sharedType(byte[] xml, int from, int to) {
        for (int k = from; k < to; k++) {
            if (xml[k] != 't' || !(isSpace(xml[k - 1]) || xml[k - 1] == ':')) {
                continue;
            }
            int j = skipSpaces(xml, k + 1, to);
            if (j >= to || xml[j] != '=') {
                continue;
            }
            j = skipSpaces(xml, j + 1, to);
            if (j + 2 < to && (xml[j] == '"' || xml[j] == '\'') && xml[j + 1] == 's' && xml[j + 2] == xml[j]) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(byte[] xml, int from, int to) {
        int j = from;
        while (j < to && isSpace(xml[j])) {
            j++;
        }
        return j;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
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
