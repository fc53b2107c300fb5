package uz.natlib.libstats.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed run leaves behind in the folders a file passes through: half-written temporaries
 * (a copy into the inbox, a name, a feedback) and names whose file has gone. Only one process
 * runs at a time (the run lock), so all of them are dead when a run starts; none is ever a
 * sender's file.
 */
final class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() {
    }

    static int remove(InboxFolders folders) {
        int removed = removeBelow(folders.inbox(), name -> name.startsWith(".copy-") && name.endsWith(".part"));
        removed += removeBelow(folders.work(), name -> name.endsWith(".part") || name.endsWith(".partial"));
        removed += removeOrphanNames(folders.work());
        for (Path delivered : List.of(folders.archive(), folders.rejected(), folders.duplicates())) {
            removed += removeBelow(delivered, name -> name.contains(".feedback.") && name.endsWith(".part"));
        }
        if (removed > 0) {
            log.info("Removed {} temporary file(s) left by an interrupted run", removed);
        }
        return removed;
    }

    private static int removeBelow(Path folder, Predicate<String> leftover) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> found = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> leftover.test(p.getFileName().toString())).toList();
            for (Path path : found) {
                Files.deleteIfExists(path);
            }
            return found.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder, e);
        }
    }

    private static int removeOrphanNames(Path work) {
        try (Stream<Path> list = Files.list(work)) {
            List<Path> orphans = list.filter(p -> p.getFileName().toString().endsWith(WorkFile.NAME_SUFFIX))
                    .filter(p -> !Files.exists(p.resolveSibling(p.getFileName().toString()
                            .substring(0, p.getFileName().toString().length() - WorkFile.NAME_SUFFIX.length())),
                            LinkOption.NOFOLLOW_LINKS))
                    .toList();
            for (Path orphan : orphans) {
                Files.deleteIfExists(orphan);
            }
            return orphans.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + work, e);
        }
    }
}
