package uz.natlib.libstats.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.vocabulary.ShownText;

/**
 * Takes the files people dropped into the inbox into the work folder, with an atomic rename so
 * that a file is either still in the inbox or wholly in the work folder. Files still being
 * written, hidden and temporary files are left where they are, and listed; Office lock files
 * are left where they are and not listed (see {@link #isOfficeLock}).
 */
@Component
public class InboxIntake {

    private static final Logger log = LoggerFactory.getLogger(InboxIntake.class);

    /** A file left in the inbox, and why. */
    public record LeftAlone(String file, String reason) {
    }

    public record Result(int taken, List<LeftAlone> leftAlone) {
    }

    private final InboxFolders folders;
    private final InboxProperties properties;
    private final Clock clock;

    @Autowired
    public InboxIntake(InboxFolders folders, InboxProperties properties) {
        this(folders, properties, Clock.systemUTC());
    }

    InboxIntake(InboxFolders folders, InboxProperties properties, Clock clock) {
        this.folders = folders;
        this.properties = properties;
        this.clock = clock;
    }

    public Result takeAll() {
        Leftovers.remove(folders);
        Path inbox = folders.inbox();
        Path work = folders.work();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            // A link is never followed (it could point anywhere on the machine), nor is a FIFO or device read.
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
        List<LeftAlone> leftAlone = new ArrayList<>();
        Set<Path> beingWritten = files.isEmpty() ? Set.of() : OpenForWriting.below(inbox);
        long now = clock.millis();
        int taken = 0;
        int locks = 0;
        for (Path file : files) {
            String relative = inbox.relativize(file).toString().replace('\\', '/');
            if (isOfficeLock(file.getFileName().toString()) && !Files.isSymbolicLink(file)) {
                locks++;
                continue;
            }
            String reason = reasonToLeave(inbox, file, beingWritten);
            if (reason != null) {
                leftAlone.add(new LeftAlone(relative, reason));
                continue;
            }
            Path target = work.resolve(WorkFile.intakeNameFor(now, taken + 1));
            try {
                WorkFile.writeName(target, relative);
                move(file, target);
                taken++;
            } catch (IOException | UncheckedIOException e) {
                // One file that cannot be taken (vanished, no permission) stays for the next run; the others go on.
                log.warn("Cannot take {}: {}", ShownText.of(relative), e.toString());
                leftAlone.add(new LeftAlone(relative, "cannot be taken: " + e.getMessage()));
            }
        }
        if (taken > 0 || !leftAlone.isEmpty()) {
            log.info("Inbox: {} file(s) taken for processing, {} left alone", taken, leftAlone.size());
        }
        if (locks > 0) {
            log.debug("Inbox: {} Office lock file(s) left untouched and not listed", locks);
        }
        return new Result(taken, leftAlone);
    }

    private String reasonToLeave(Path inbox, Path file, Set<Path> beingWritten) {
        if (Files.isSymbolicLink(file)) {
            return "a link, not a file: links are never followed";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file (a pipe, socket or device): not read";
        }
        for (Path part : inbox.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".")) {
                return "hidden file";
            }
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~") || lower.endsWith(".tmp") || lower.endsWith(".part") || lower.endsWith(".crdownload")
                || lower.endsWith(".partial") || lower.endsWith("~")) {
            return "temporary file";
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Instant settledAfter = attributes.lastModifiedTime().toInstant().plus(properties.settle());
            if (settledAfter.isAfter(clock.instant())) {
                return "still being written (changed less than " + properties.settle().toSeconds() + " s ago)";
            }
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
        if (hardLinks(file) > 1) {
            return "a hard link (its content is shared with a file elsewhere): never read";
        }
        if (beingWritten.contains(inbox.relativize(file))) {
            return "still open for writing by a program";
        }
        return null;
    }

    /**
     * An Office lock file ({@code ~$name.xlsx} of Excel and Word, {@code .~lock.name#} of
     * LibreOffice): the program's own note that a workbook is open, never a return. Such a file is
     * left untouched in the inbox and not listed, on any run: Windows hides it from its owner, it
     * goes when the workbook is closed, and one left by a program that crashed would otherwise be
     * listed on every run for as long as it stays. (Its workbook, if still being written, is
     * itself left and listed.)
     */
    public static boolean isOfficeLock(String fileName) {
        return fileName.startsWith("~$") || fileName.startsWith(".~lock.");
    }

    /** How many names the file has; 1 where the file system cannot tell. */
    private static int hardLinks(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // The data folder spans file systems: copy, then remove the original only once the copy is whole.
            try {
                Path partial = to.resolveSibling(to.getFileName() + ".partial");
                Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(from);
            } catch (IOException io) {
                throw new UncheckedIOException("cannot take " + from, io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take " + from, e);
        }
    }
}
