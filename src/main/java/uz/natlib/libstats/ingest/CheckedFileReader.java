package uz.natlib.libstats.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.core.task.AsyncTaskExecutor;

import uz.natlib.libstats.inbox.WorkFile;

/**
 * Hands the writer checked files in intake order while the next ones are already being checked
 * on the other cores: checking (CPU) and storing (database) overlap instead of taking turns.
 * At most {@code lookAhead} files are held in memory at once.
 */
class CheckedFileReader implements ItemReader<CheckedFile> {

    private final WorkFileReader files;
    private final FileChecker checker;
    private final AsyncTaskExecutor executor;
    private final int lookAhead;
    private final Deque<Future<CheckedFile>> ahead = new ArrayDeque<>();

    CheckedFileReader(WorkFileReader files, FileChecker checker, AsyncTaskExecutor executor, int lookAhead) {
        this.files = files;
        this.checker = checker;
        this.executor = executor;
        this.lookAhead = lookAhead;
    }

    int size() {
        return files.size();
    }

    @Override
    public synchronized CheckedFile read() throws InterruptedException, ExecutionException {
        while (ahead.size() < lookAhead) {
            WorkFile next = files.read();
            if (next == null) {
                break;
            }
            ahead.add(executor.submit(() -> checker.process(next)));
        }
        Future<CheckedFile> first = ahead.poll();
        return first == null ? null : first.get();
    }
}
