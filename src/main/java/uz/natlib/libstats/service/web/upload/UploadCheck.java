package uz.natlib.libstats.service.web.upload;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an upload must be before it goes near the inbox: a workbook or a CSV by its name and by
 * its first bytes; and the name it is given there, made from the sender's without trusting it.
 */
final class UploadCheck {

    static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv");
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final int TEXT_PROBE = 8192;
    private static final int STEM_BYTES = 100;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Tashkent"));

    private UploadCheck() {
    }

    /** The file's extension in lower case, if it is one the inbox reads. */
    static Optional<String> extension(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(extension) ? Optional.of(extension) : Optional.empty();
    }

    /**
     * Whether the first bytes fit: a workbook is a zip (.xlsx, a renamed .xls) or an OLE2 file
     * (.xls, or an .xlsx with a password, which the inbox explains); a CSV is text.
     */
    static boolean contentFits(String extension, byte[] bytes) {
        boolean zip = startsWith(bytes, ZIP);
        boolean ole2 = startsWith(bytes, OLE2);
        if (!extension.equals("csv")) {
            return zip || ole2;
        }
        if (zip || ole2) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, TEXT_PROBE); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code upload-20261206-091500-1a2b3c4d-<sender's name>.xlsx}: the folders, control and
     * direction characters and the characters file systems refuse taken out, no leading dot or
     * tilde (the inbox would skip it as hidden or temporary), cut to a length every file system
     * takes, and made unique by the time and a random part.
     */
    static String safeName(String sent, String extension, Instant now, String random) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String stem = dot >= 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", "")
                .replaceAll("[/\\\\:*?\"<>|]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[.~\\s]+", "")
                .replaceAll("[.\\s]+$", "");
        stem = cut(stem);
        if (stem.isEmpty()) {
            stem = "file";
        }
        return "upload-" + STAMP.format(now) + "-" + random + "-" + stem + "." + extension;
    }

    private static String cut(String stem) {
        int end = stem.length();
        while (end > 0 && stem.substring(0, end).getBytes(StandardCharsets.UTF_8).length > STEM_BYTES) {
            end = stem.offsetByCodePoints(end, -1);
        }
        return stem.substring(0, end).strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
