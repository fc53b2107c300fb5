package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.feedback.FeedbackFiles;
import uz.natlib.libstats.feedback.FeedbackReport;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.normalisation.NormalisationResult;
import uz.natlib.libstats.normalisation.ReturnNormaliser;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.reading.ReadingLimits;
import uz.natlib.libstats.reading.ReturnFileReader;
import uz.natlib.libstats.validation.History;
import uz.natlib.libstats.validation.Validator;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Period;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.warehouse.AcceptedFile;
import uz.natlib.libstats.warehouse.HistoryRepository;
import uz.natlib.libstats.database.DatabaseTrouble;
import uz.natlib.libstats.warehouse.SubmissionRepository;

/**
 * Once every file of the run is stored, judges each accepted one against its district's history
 * (the rules that compare with earlier quarters) and writes its feedback from what was stored.
 * "Earlier" is the warehouse as the whole run left it, strictly before the file's own quarter, so
 * the same files give the same findings in whatever order they arrived, and after any crash:
 * a restart reviews the run's files again, and a review done twice gives the same result.
 */
class HistoryReview implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(HistoryReview.class);

    private static final List<RuleId> HISTORY_RULES = List.of(RuleId.STOCK_JUMP, RuleId.OUTSIDE_OWN_HISTORY,
            RuleId.LOOKS_CUMULATIVE);

    private final SubmissionRepository store;
    private final HistoryRepository history;
    private final Validator validator;
    private final ReturnFileReader reader;
    private final ReturnNormaliser normaliser;
    private final ReferenceData.Snapshot reference;
    private final FeedbackFiles feedback;
    private final ReadingLimits limits;
    private final JobRepository jobs;
    private final TransactionTemplate perFile;
    private final AsyncTaskExecutor executor;
    private final CheckedFigures kept;

    private static final int BATCH = 32;

    HistoryReview(SubmissionRepository store, HistoryRepository history, Validator validator, ReturnFileReader reader,
                  ReturnNormaliser normaliser, ReferenceData.Snapshot reference, FeedbackFiles feedback,
                  ReadingLimits limits, JobRepository jobs, PlatformTransactionManager transactions,
                  AsyncTaskExecutor executor, CheckedFigures kept) {
        this.executor = executor;
        this.kept = kept;
        this.store = store;
        this.history = history;
        this.validator = validator;
        this.reader = reader;
        this.normaliser = normaliser;
        this.reference = reference;
        this.feedback = feedback;
        this.limits = limits;
        this.jobs = jobs;
        this.perFile = new TransactionTemplate(transactions);
        this.perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution execution = contribution.getStepExecution().getJobExecution();
        List<Long> run = jobs.getJobExecutions(execution.getJobInstance()).stream().map(JobExecution::getId).toList();
        List<AcceptedFile> accepted = store.acceptedBy(run);
        if (!accepted.isEmpty()) {
            refreshStatistics();
        }
        // Judged on every core a batch ahead, stored and written back one by one in the order accepted.
        Deque<Pending> pending = new ArrayDeque<>();
        for (int from = 0; from < accepted.size(); from += BATCH) {
            List<AcceptedFile> batch = accepted.subList(from, Math.min(from + BATCH, accepted.size()));
            // The batch's histories and stored findings in two queries, not two per file.
            Map<HistoryRepository.Asked, History> histories = history.before(batch.stream()
                    .filter(f -> f.kind() == SubmissionKind.RETURN).map(HistoryReview::asked).toList());
            Map<Long, List<Finding>> stored = store.findingsOf(batch.stream().map(AcceptedFile::id).toList());
            for (AcceptedFile file : batch) {
                History earlier = file.kind() == SubmissionKind.RETURN ? histories.get(asked(file)) : History.NONE;
                pending.add(new Pending(executor.submitCompletable(() -> judge(file, earlier)), stored.get(file.id())));
            }
            while (pending.size() > BATCH) {
                storeNext(pending, contribution);
            }
        }
        while (!pending.isEmpty()) {
            storeNext(pending, contribution);
        }
        kept.clear();
        if (!accepted.isEmpty()) {
            log.info("History review: {} accepted file(s) judged against their districts' earlier quarters",
                    accepted.size());
        }
        return RepeatStatus.FINISHED;
    }

    private void refreshStatistics() {
        try {
            // Its own transaction: a refusal must not leave the step's transaction aborted.
            perFile.executeWithoutResult(status -> history.refreshStatistics());
        } catch (RuntimeException e) {
            if (DatabaseTrouble.isIn(e)) {
                throw e;
            }
            // Not the tables' owner on an external server, say: slower, never wrong.
            log.warn("Cannot analyse the warehouse before the history review: {}", e.toString());
        }
    }

    private record Pending(Future<Judged> judged, List<Finding> storedFindings) {
    }

    private void storeNext(Deque<Pending> pending, StepContribution contribution) {
        Pending next = pending.poll();
        store(done(next.judged()), next.storedFindings());
        contribution.incrementWriteCount(1);
    }

    /** A file as judged against its history: {@code historyFindings} is null when it could not be judged. */
    private record Judged(AcceptedFile file, byte[] bytes, List<Finding> historyFindings) {
    }

    private static HistoryRepository.Asked asked(AcceptedFile file) {
        Period period = Period.parse(file.periodCode());
        return new HistoryRepository.Asked(file.districtCode(), period.year(), period.quarter());
    }

    private Judged judge(AcceptedFile file, History earlier) {
        byte[] bytes = bytesAsStored(file, Path.of(file.storedPath()));
        try {
            return new Judged(file, bytes, bytes == null ? List.of() : againstHistory(file, bytes, earlier));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            if (DatabaseTrouble.isIn(e)) {
                throw e; // the step fails and its restart reviews the run again
            }
            // Accepted all the same: it only misses the warnings its history would have given.
            log.error("Reviewing {} against its history failed", ShownText.of(file.originalName()), e);
            return new Judged(file, bytes, null);
        }
    }

    private static Judged done(Future<Judged> judged) {
        try {
            return judged.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reviewing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void store(Judged judged, List<Finding> storedFindings) {
        AcceptedFile file = judged.file();
        if (judged.historyFindings() == null) {
            return;
        }
        Path stored = Path.of(file.storedPath());
        byte[] bytes = judged.bytes();
        List<Finding> alone = storedFindings.stream().filter(f -> !HISTORY_RULES.contains(f.rule())).toList();
        List<Finding> findings = Validator.merge(alone, judged.historyFindings());
        perFile.executeWithoutResult(status -> {
            // Durable with the step's own end, which is committed durably after these: a crash before
            // it reviews the run again.
            store.commitWithoutWaitingForDisk();
            store.replaceFindings(file.id(), findings);
        });
        String district = reference.territory().byCode(file.districtCode())
                .map(t -> t.nameCyrl() + " / " + t.nameLatn() + " (" + t.code() + ")").orElse(file.districtCode());
        boolean rebuild = bytes != null && bytes.length <= limits.aloneAbove().toBytes() && !findings.isEmpty();
        feedback.write(stored, rebuild ? bytes : null, new FeedbackReport(file.originalName(),
                FeedbackReport.Outcome.ACCEPTED, district, file.periodCode(), null, findings));
    }

    /** The file as archived, if it is still the one that was accepted. */
    private static byte[] bytesAsStored(AcceptedFile file, Path stored) {
        try {
            byte[] bytes = WorkFile.readBytes(stored);
            if (FileChecker.sha256(bytes).equals(file.sha256())) {
                return bytes;
            }
            log.warn("{} in the archive is no longer the file accepted; its history is not reviewed", stored);
        } catch (IOException e) {
            log.warn("{} cannot be read from the archive ({}); its history is not reviewed", stored, e.toString());
        }
        return null;
    }

    private List<Finding> againstHistory(AcceptedFile file, byte[] bytes, History earlier) {
        if (file.kind() != SubmissionKind.RETURN) {
            return List.of();
        }
        Period period = Period.parse(file.periodCode());
        Catalogue catalogue = reference.catalogue(period.year()).orElseThrow();
        CheckedFigures.Figures figures = kept.find(file.sha256()).orElseGet(() -> readAgain(file, bytes, catalogue));
        SubmissionData data = new SubmissionData(file.kind(), file.districtCode(), period.year(), period.quarter(),
                catalogue, figures.values(), figures.statuses());
        return validator.validateAgainstHistory(data, earlier);
    }

    /** The figures as the check made them, from the archived file (after a crash, or if they were not kept). */
    private CheckedFigures.Figures readAgain(AcceptedFile file, byte[] bytes, Catalogue catalogue) {
        String baseName = file.originalName().substring(file.originalName().lastIndexOf('/') + 1);
        RawReturn raw = reader.read(baseName, bytes);
        NormalisationResult normalised = normaliser.normalise(raw, catalogue);
        return new CheckedFigures.Figures(normalised.values(), normalised.statuses());
    }
}
