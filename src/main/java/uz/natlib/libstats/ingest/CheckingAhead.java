package uz.natlib.libstats.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.core.task.AsyncTaskExecutor;

import uz.natlib.libstats.inbox.WorkFile;

/**
 * The work folder's files, each handed on as its check running on the checking threads, started
 * up to {@code ahead} files before the writer asks for it. Checked a chunk at a time (as an
 * asynchronous processor would), the checking threads stood idle while the writer stored the end
 * of each chunk; started ahead, they check the next chunk meanwhile. At most {@code ahead}
 * checked files wait in memory; a run that fails forgets them, and its restart checks again what
 * is still in the work folder.
 */
class CheckingAhead implements ItemReader<Future<CheckedFile>> {

    private final WorkFileReader files;
    private final ItemProcessor<WorkFile, CheckedFile> checker;
    private final AsyncTaskExecutor executor;
    private final int ahead;
    private final Deque<Future<CheckedFile>> started = new ArrayDeque<>();

    CheckingAhead(WorkFileReader files, ItemProcessor<WorkFile, CheckedFile> checker, AsyncTaskExecutor executor,
                  int ahead) {
        this.files = files;
        this.checker = checker;
        this.executor = executor;
        this.ahead = ahead;
    }

    @Override
    public Future<CheckedFile> read() throws Exception {
        StepContext context = StepSynchronizationManager.getContext();
        StepExecution step = context == null ? null : context.getStepExecution();
        while (started.size() < ahead) {
            WorkFile file = files.read();
            if (file == null) {
                break;
            }
            started.add(executor.submitCompletable(() -> check(file, step)));
        }
        return started.poll();
    }

    // The checker is step-scoped: its thread must know the step, as Spring Batch's AsyncItemProcessor does it.
    private CheckedFile check(WorkFile file, StepExecution step) throws Exception {
        if (step != null) {
            StepSynchronizationManager.register(step);
        }
        try {
            return checker.process(file);
        } finally {
            if (step != null) {
                StepSynchronizationManager.close();
            }
        }
    }
}
