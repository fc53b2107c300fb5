package uz.natlib.libstats.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.home.LibstatsProperties;

/**
 * The report files under {@code <home>/reports/<year>/<period>/} and their rows in table
 * {@code report}. A file is written under a temporary name in its own folder, synced, renamed
 * over the old one in one step, and only then catalogued: an interrupted run leaves at worst a
 * stray temporary file, never a half-written report or a row pointing at one.
 */
@Component
public class ReportArchive {

    /** Writes a report's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private final ReportRepository rows;
    private final Path home;

    ReportArchive(ReportRepository rows, LibstatsProperties properties) {
        this.rows = rows;
        this.home = properties.home();
    }

    public Path folder(int year, String periodCode) {
        return home.resolve("reports").resolve(Integer.toString(year)).resolve(periodCode);
    }

    /**
     * Removes the temporaries of runs that were killed while writing. Only one process runs jobs
     * at a time (the run lock), so every temporary found when a run starts is dead.
     */
    public int removeLeftovers() throws IOException {
        Path reports = home.resolve("reports");
        if (!Files.isDirectory(reports)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> walk = Files.walk(reports)) {
            leftovers = walk.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".part") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
        return leftovers.size();
    }

    public ReportFile store(ReportContext context, ReportFormat format, Content content) throws Exception {
        Path folder = folder(context.year(), context.periodCode());
        Files.createDirectories(folder);
        String name = context.type().code() + "_" + context.territoryCode() + "_" + context.script().code() + "."
                + format.extension();
        Path target = folder.resolve(name);
        keepOlderEdition(context, format, target);
        Written written = write(target, content);
        ReportFile file = new ReportFile(context.type(), context.periodCode(), context.territoryCode(), context.script(),
                format, target, written.size(), written.sha256(), context.generatedAt(),
                context.run().map(r -> r.id()).orElse(null));
        rows.catalogue(file, home.relativize(file.path()).toString());
        return file;
    }

    /** A file written whole: its size and SHA-256. */
    public record Written(Path path, long size, String sha256) {
    }

    /** The folder of the reports made on request, outside the periods' folders: {@code <home>/reports/<name>}. */
    public Path onRequest(String name) {
        return home.resolve("reports").resolve(name);
    }

    /**
     * Writes a file whole or not at all, without cataloguing it: under a temporary name in its own
     * folder, synced, then renamed over the old one in one step.
     */
    public Written write(Path target, Content content) throws Exception {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        readableByAll(temp);
        MessageDigest sha256 = sha256();
        long size;
        try {
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16),
                    sha256)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            size = Files.size(temp);
            move(temp, target);
        } catch (Exception e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Written(target, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * A report made from a newer consolidation run than the current file's is a new edition: the
     * current file is first kept under {@code editions/} (a hard link, so no bytes are copied)
     * and its row pointed there. Killed in between, the row still names a file that exists.
     */
    private void keepOlderEdition(ReportContext context, ReportFormat format, Path target) throws IOException {
        var current = rows.currentEdition(context, format);
        Long run = context.run().map(r -> r.id()).orElse(null);
        if (current.isEmpty() || java.util.Objects.equals(current.get().consolidationRun(), run)
                || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path kept = target.resolveSibling("editions").resolve(name.substring(0, dot) + ".edition-" + current.get().id()
                + name.substring(dot));
        Files.createDirectories(kept.getParent());
        Files.deleteIfExists(kept);
        try {
            Files.createLink(kept, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        rows.retire(current.get().id(), home.relativize(kept).toString());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A temporary file is created private; a report is for whoever may read the data folder. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
