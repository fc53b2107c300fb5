package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.feedback.FeedbackReport.Outcome;
import uz.natlib.libstats.database.DatabaseTrouble;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.warehouse.SubmissionRepository;

/**
 * Stores the files of a chunk one by one as their checks finish, each in its own transaction,
 * then delivers them. Each file commits without waiting for the disk; the chunk's last one commits durably,
 * which flushes the write-ahead log up to it, and only then do files leave the work folder: one
 * disk flush per chunk, and a file never moves before its rows are safe.
 */
class SubmissionWriter implements ItemWriter<Future<CheckedFile>> {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

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
    public void write(Chunk<? extends Future<CheckedFile>> chunk) throws Exception {
        List<? extends Future<CheckedFile>> checking = chunk.getItems();
        List<CheckedFile> files = new ArrayList<>(checking.size());
        List<SubmissionRecorder.Decision> decisions = new ArrayList<>(checking.size());
        long[] nanos = new long[checking.size()];
        for (int i = 0; i < checking.size(); i++) {
            CheckedFile file = unchangedSinceChecked(checked(checking.get(i)));
            files.add(file);
            boolean last = i == checking.size() - 1;
            long start = System.nanoTime();
            SubmissionRecorder.Decision decision;
            try {
                decision = perFile.execute(status -> markedIfLast(recorder.record(file, last), last, decisions));
            } catch (RuntimeException e) {
                if (DatabaseTrouble.isIn(e)) {
                    // Not this file's fault: the run fails, the file stays in the work folder and is
                    // stored by the restart.
                    throw e;
                }
                // That file's transaction rolled back; its rejection is recorded instead, and the run goes on.
                log.error("Storing {} failed; it is rejected", ShownText.of(file.file().originalName()), e);
                decision = perFile.execute(status -> markedIfLast(recorder.recordFailure(file, e), last, decisions));
            }
            decisions.add(decision);
            nanos[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < files.size(); i++) {
            long start = System.nanoTime();
            SubmissionRecorder.Decision decision = decisions.get(i);
            try {
                delivery.deliver(files.get(i), decision);
            } finally {
                recorder.delivered(decision);
            }
            metrics.load(nanos[i] + System.nanoTime() - start, decision.values());
            progress.fileDone(decision.values());
            count(decision);
            logFate(files.get(i), decision);
        }
    }

    /** One line per file, once its fate is final: what operations read to answer "what became of my file?". */
    private static void logFate(CheckedFile file, SubmissionRecorder.Decision decision) {
        long errors = decision.findings().stream().filter(Finding::isError).count();
        long warnings = decision.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        String firstError = decision.findings().stream().filter(Finding::isError).findFirst()
                .map(f -> ", first error " + f.rule()).orElse("");
        log.info("File {}: {} (submission {}, district {}, period {}), {} error(s), {} warning(s), {} value(s){}",
                ShownText.of(file.file().originalName()), decision.outcome().name().toLowerCase(java.util.Locale.ROOT),
                decision.submission(), file.identified() == null ? "unknown" : file.identified().districtCode(),
                file.identified() == null ? "unknown" : file.identified().period().code(), errors, warnings,
                decision.values(), firstError);
    }

    /** The chunk's last, durable transaction also records which run stored the chunk's files. */
    private SubmissionRecorder.Decision markedIfLast(SubmissionRecorder.Decision decision, boolean last,
                                                     List<SubmissionRecorder.Decision> earlier) {
        if (last) {
            List<Long> ids = new ArrayList<>(earlier.stream().map(SubmissionRecorder.Decision::submission).toList());
            ids.add(decision.submission());
            store.markProcessedBy(step.getJobExecutionId(), ids);
        }
        return decision;
    }

    /**
     * The file as checked, or refused if it changed since (a sender's program still writing into
     * it): what would be stored is no longer what was checked.
     */
    private static CheckedFile unchangedSinceChecked(CheckedFile file) {
        if (file.size() < 0) {
            return file;
        }
        try {
            long size = Files.readAttributes(file.file().path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .size();
            String sha256 = FileChecker.sha256Of(file.file());
            if (size == file.size() && sha256.equals(file.sha256())) {
                return file;
            }
            log.warn("{} changed while it was being checked; it is rejected", ShownText.of(file.file().originalName()));
            return file.changed(sha256, size);
        } catch (IOException e) {
            return file;
        }
    }

    /** The file once checked, waiting for it if it is still being checked. */
    private static CheckedFile checked(Future<CheckedFile> checking) throws Exception {
        try {
            return checking.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
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
