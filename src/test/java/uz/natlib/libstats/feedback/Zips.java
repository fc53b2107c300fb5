package uz.natlib.libstats.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Raw surgery on an OOXML package, for the parts POI cannot make; and reading one back. */
final class Zips {

    private Zips() {
    }

    /** Every entry's bytes by name, in the zip's order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        // Through the central directory: some writers (fastexcel's, the samples') leave sizes out of the
        // local headers, which java.util.zip's stream cannot read.
        try (org.apache.commons.compress.archivers.zip.ZipFile file = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
                .get()) {
            for (var e : java.util.Collections.list(file.getEntries())) {
                try (var in = file.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A new zip: each entry edited as text where an edit is given (one that must exist), then the additions. */
    static byte[] edit(byte[] zip, Map<String, UnaryOperator<String>> edits, Map<String, String> additions) {
        Map<String, byte[]> entries = entries(zip);
        for (var edit : edits.entrySet()) {
            String before = text(entries, edit.getKey());
            if (before == null) {
                throw new IllegalArgumentException("no " + edit.getKey() + " in " + entries.keySet());
            }
            String after = edit.getValue().apply(before);
            if (after.equals(before)) {
                throw new IllegalArgumentException("the edit of " + edit.getKey() + " changed nothing: " + before);
            }
            entries.put(edit.getKey(), after.getBytes(StandardCharsets.UTF_8));
        }
        additions.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Inserts the text before the first occurrence of the mark. */
    static UnaryOperator<String> before(String mark, String text) {
        return s -> {
            int at = s.indexOf(mark);
            if (at < 0) {
                throw new IllegalArgumentException("no " + mark + " in " + s);
            }
            return s.substring(0, at) + text + s.substring(at);
        };
    }
}
