package uz.natlib.libstats.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uz.natlib.libstats.feedback.FeedbackReport.Outcome;
import uz.natlib.libstats.warehouse.SubmissionRepository;

/**
 * Stores the checked files of a chunk one by one, each in its own transaction, then delivers
 * them. Each file commits without waiting for the disk; the chunk's last one commits durably,
 * which flushes the write-ahead log up to it, and only then do files leave the work folder: one
 * disk flush per chunk, and a file never moves before its rows are safe.
 */
class SubmissionWriter implements ItemWriter<CheckedFile> {

    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";
    static final String DUPLICATES = "duplicates";
    static final String VALUES = "values";

    private final SubmissionRecorder recorder;
    private final FileDelivery delivery;
    private final SubmissionRepository store;
    private final TransactionTemplate perFile;
    private final StepExecution step;
    private final IngestMetrics metrics;
    private final Progress progress;

    SubmissionWriter(SubmissionRecorder recorder, FileDelivery delivery, SubmissionRepository store,
                     PlatformTransactionManager transactions, StepExecution step, IngestMetrics metrics,
                     Progress progress) {
        this.recorder = recorder;
        this.delivery = delivery;
        this.store = store;
        this.perFile = new TransactionTemplate(transactions);
        this.perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.step = step;
        this.metrics = metrics;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends CheckedFile> chunk) {
        List<? extends CheckedFile> files = chunk.getItems();
        List<SubmissionRecorder.Decision> decisions = new ArrayList<>(files.size());
        long[] nanos = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            CheckedFile file = files.get(i);
            boolean last = i == files.size() - 1;
            long start = System.nanoTime();
            decisions.add(perFile.execute(status -> {
                SubmissionRecorder.Decision decision = recorder.record(file, last);
                if (last) {
                    List<Long> ids = new ArrayList<>(decisions.stream().map(SubmissionRecorder.Decision::submission).toList());
                    ids.add(decision.submission());
                    store.markProcessedBy(step.getJobExecutionId(), ids);
                }
                return decision;
            }));
            nanos[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < files.size(); i++) {
            long start = System.nanoTime();
            SubmissionRecorder.Decision decision = decisions.get(i);
            delivery.deliver(files.get(i), decision);
            metrics.load(nanos[i] + System.nanoTime() - start, decision.values());
            progress.fileDone(decision.values());
            count(decision);
        }
    }

    private void count(SubmissionRecorder.Decision decision) {
        ExecutionContext context = step.getExecutionContext();
        String key = decision.outcome() == Outcome.ACCEPTED ? ACCEPTED
                : decision.outcome() == Outcome.REJECTED ? REJECTED : DUPLICATES;
        context.putLong(key, context.getLong(key, 0L) + 1);
        context.putLong(VALUES, context.getLong(VALUES, 0L) + decision.values());
    }
}
