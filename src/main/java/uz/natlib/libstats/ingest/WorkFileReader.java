package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ItemReader;

import uz.natlib.libstats.inbox.WorkFile;

/**
 * The files waiting in the work folder when the step starts, oldest intake first: those left by
 * an interrupted run come before those just taken from the inbox.
 */
class WorkFileReader implements ItemReader<WorkFile> {

    private final List<WorkFile> files;
    private final Iterator<WorkFile> next;

    WorkFileReader(Path work) {
        try (Stream<Path> list = Files.list(work)) {
            this.files = list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().endsWith(".part") && !WorkFile.isNameFile(p))
                    .sorted().map(WorkFile::at).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + work, e);
        }
        this.next = files.iterator();
    }

    int size() {
        return files.size();
    }

    @Override
    public synchronized WorkFile read() {
        return next.hasNext() ? next.next() : null;
    }
}
