package uz.natlib.libstats.reading;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encoding of a CSV, told from its first bytes: a byte order mark if there is one (UTF-8,
 * UTF-16LE, UTF-16BE); else the zero bytes that UTF-16 leaves beside every Latin letter, digit and
 * comma; else UTF-8. Nothing else is guessed: a file in windows-1251 or Latin-1 fails UTF-8's
 * strict decoding ({@link #strictDecoder()}) and is refused rather than read as garbled letters.
 *
 * @param charset  how the text after the byte order mark is decoded
 * @param bomBytes length of the byte order mark (0 if there is none)
 */
record CsvEncoding(Charset charset, int bomBytes) {

    /** How much of the file's start the zero-byte pattern of UTF-16 is looked for in. */
    static final int SNIFFED_BYTES = 1024;

    /**
     * The encoding of a file that starts with {@code head}; empty for the byte order mark of an
     * encoding not read here (UTF-32, which Excel never writes).
     */
    static Optional<CsvEncoding> detect(byte[] head, int length) {
        if (startsWith(head, length, 0x00, 0x00, 0xFE, 0xFF) || startsWith(head, length, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.empty();
        }
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new CsvEncoding(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return Optional.of(new CsvEncoding(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return Optional.of(new CsvEncoding(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.of(new CsvEncoding(withoutBom(head, Math.min(length, SNIFFED_BYTES)), 0));
    }

    /**
     * In UTF-16, every character below U+0100 (the column names, digits, commas) has a zero byte:
     * the second of its pair in little-endian order, the first in big-endian. Cyrillic letters
     * (U+04xx) have none, and UTF-8 text has zero bytes only where a sender typed NUL, at even and
     * odd places alike. So a tenth of the pairs with a zero on one side, and hardly any on the
     * other, is UTF-16.
     */
    private static Charset withoutBom(byte[] head, int length) {
        int pairs = length / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > 0 && oddZeros * 10 >= pairs && evenZeros * 8 <= oddZeros) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > 0 && evenZeros * 10 >= pairs && oddZeros * 8 <= evenZeros) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** A decoder that stops at the first byte that is not this encoding, instead of putting U+FFFD there. */
    CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** The name senders may know it by, e.g. {@code UTF-16LE}. */
    String name() {
        return charset.name();
    }

    private static boolean startsWith(byte[] head, int length, int... bytes) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
