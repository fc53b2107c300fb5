package uz.natlib.libstats.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ReportedValue;

/**
 * The figures and answers of each checked return, kept on disk from the check until the history
 * review, so that the review judges an accepted file without reading and normalising its workbook
 * a second time (that doubled the cost of every file). Named by the file's SHA-256: the figures
 * are a function of the bytes. Only a cache: when an entry is missing or damaged (a crash, a full
 * disk) the review reads the archived file as it did before.
 */
@Component
class CheckedFigures {

    private static final Logger log = LoggerFactory.getLogger(CheckedFigures.class);

    // Changed whenever the format or what normalisation makes of a file changes: an older entry is then ignored.
    private static final int FORMAT = 1;
    private static final int MAX_ENTRIES = 100_000;
    private static final int MAX_TEXT = 1 << 20;

    record Figures(List<ReportedValue> values, List<ReportedStatus> statuses) {
    }

    private final Path folder;

    CheckedFigures(LibstatsProperties properties) {
        this.folder = properties.home().resolve("cache").resolve("checked-figures");
    }

    /** Keeps a checked return's figures; a failure only costs the review a second reading. */
    void keep(String sha256, List<ReportedValue> values, List<ReportedStatus> statuses) {
        if (!isSha(sha256)) {
            return;
        }
        Path entry = folder.resolve(sha256);
        Path part = folder.resolve(sha256 + "." + Thread.currentThread().getId() + ".part");
        try {
            Files.createDirectories(folder);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                out.writeInt(FORMAT);
                out.writeInt(values.size());
                for (ReportedValue v : values) {
                    text(out, v.indicatorCode());
                    text(out, v.measure());
                    text(out, v.value().toString());
                    text(out, v.sheet());
                    text(out, v.cell());
                    text(out, v.textSeen());
                }
                out.writeInt(statuses.size());
                for (ReportedStatus s : statuses) {
                    text(out, s.indicatorCode());
                    out.writeByte(s.done() == null ? 0 : s.done() ? 2 : 1);
                    text(out, s.note());
                    text(out, s.sheet());
                    text(out, s.cell());
                }
            }
            Files.move(part, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            log.debug("Checked figures of {} not kept: {}", sha256, e.toString());
            deleteQuietly(part);
        }
    }

    /** The figures kept for these bytes, if they are there and whole. */
    Optional<Figures> find(String sha256) {
        if (!isSha(sha256)) {
            return Optional.empty();
        }
        Path entry = folder.resolve(sha256);
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(entry, LinkOption.NOFOLLOW_LINKS)))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = count(in);
            List<ReportedValue> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(new ReportedValue(text(in), text(in), new BigDecimal(text(in)), text(in), text(in), text(in)));
            }
            count = count(in);
            List<ReportedStatus> statuses = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String indicator = text(in);
                byte done = in.readByte();
                statuses.add(new ReportedStatus(indicator, done == 0 ? null : done == 2, text(in), text(in), text(in)));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new Figures(values, statuses));
        } catch (IOException | RuntimeException e) {
            log.debug("Checked figures of {} unusable: {}", sha256, e.toString());
            return Optional.empty();
        }
    }

    /** Forgets every entry: the review is over, and a later run checks its own files. */
    void clear() {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.forEach(CheckedFigures::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot empty {}: {}", folder, e.toString());
        }
    }

    private static boolean isSha(String sha256) {
        return sha256 != null && sha256.length() == 64 && sha256.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ENTRIES) {
            throw new IOException("bad count " + count);
        }
        return count;
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("bad length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new java.io.EOFException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Cannot delete {}: {}", file, e.toString());
        }
    }
}
