package uz.natlib.libstats.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * The text of a CSV as it streams: decoded strictly (the first byte that is not the encoding
 * stops it, with the line it is on), and guarded, since the CSV parser itself knows no bounds: an
 * opened quote that is never closed would have it gather the rest of the file into one field.
 * So reading stops once more than {@code maxBytes} have come in, or more than
 * {@code maxCharsPerRecord} characters since the last {@link #recordRead()}.
 *
 * <p>Closing it leaves the stream open: whoever opened the stream closes it.
 */
final class CsvInput extends Reader {

    /** Why the text stopped. */
    enum Problem {
        /** A byte that is not of the encoding. */
        NOT_DECODABLE,
        /** More bytes than the file may have. */
        TOO_LARGE,
        /** More characters in one record (one line, or lines held together by a quote) than it may have. */
        RECORD_TOO_LONG
    }

    /** Reading stopped; {@link #line()} is the line reached (1-based), counting every line break decoded. */
    static final class Stop extends IOException {

        private final Problem problem;
        private final long line;

        Stop(Problem problem, long line) {
            super(problem + " at line " + line);
            this.problem = problem;
            this.line = line;
        }

        Problem problem() {
            return problem;
        }

        long line() {
            return line;
        }
    }

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final long maxBytes;
    private final long maxCharsPerRecord;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long bytesRead;
    private long lineBreaks;
    private boolean afterCr;
    private long sinceRecord;
    private boolean endOfBytes;
    private boolean finished;

    /**
     * @param alreadyRead bytes of the file consumed before {@code in} (a byte order mark), counted against maxBytes
     */
    CsvInput(InputStream in, CharsetDecoder decoder, long alreadyRead, long maxBytes, long maxCharsPerRecord) {
        this.in = in;
        this.decoder = decoder;
        this.bytesRead = alreadyRead;
        this.maxBytes = maxBytes;
        this.maxCharsPerRecord = maxCharsPerRecord;
    }

    /** The parser has finished a record: the next one starts its own count of characters. */
    void recordRead() {
        sinceRecord = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        sinceRecord += n;
        if (sinceRecord > maxCharsPerRecord) {
            throw new Stop(Problem.RECORD_TOO_LONG, lineBreaks + 1);
        }
        return n;
    }

    /** Decodes the next characters into {@link #chars}; false at the end of the text. */
    private boolean fill() throws IOException {
        if (finished) {
            return false;
        }
        chars.clear();
        try {
            while (true) {
                int start = chars.position();
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                countLineBreaks(start, chars.position());
                if (result.isError()) {
                    throw new Stop(Problem.NOT_DECODABLE, lineBreaks + 1);
                }
                if (result.isOverflow()) {
                    return true;
                }
                if (endOfBytes) {
                    start = chars.position();
                    decoder.flush(chars);
                    countLineBreaks(start, chars.position());
                    finished = true;
                    return chars.position() > 0;
                }
                if (chars.position() > 0) {
                    return true;
                }
                readBytes();
            }
        } finally {
            chars.flip();
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
        if (bytesRead > maxBytes) {
            throw new Stop(Problem.TOO_LARGE, lineBreaks + 1);
        }
    }

    // CR LF, LF and a lone CR each end a line, as they do for the parser.
    private void countLineBreaks(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.get(i);
            if (c == '\r' || (c == '\n' && !afterCr)) {
                lineBreaks++;
            }
            afterCr = c == '\r';
        }
    }

    @Override
    public void close() {
        // The stream belongs to whoever opened it.
    }
}
