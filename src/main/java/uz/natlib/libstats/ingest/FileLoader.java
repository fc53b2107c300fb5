package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.feedback.FeedbackFiles;
import uz.natlib.libstats.feedback.FeedbackReport;
import uz.natlib.libstats.feedback.FeedbackReport.Outcome;
import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.validation.Validator;
import uz.natlib.libstats.vocabulary.SubmissionStatus;
import uz.natlib.libstats.warehouse.PriorSubmission;
import uz.natlib.libstats.warehouse.ReceivedFile;
import uz.natlib.libstats.warehouse.SubmissionStore;
import uz.natlib.libstats.validation.History;

/**
 * Decides and stores each file's fate, one file per transaction: duplicate, rejected (nothing
 * of it loaded) or accepted (superseding the district's earlier file). Only after the commit is
 * the file moved out of the work folder, so a crash at any point leaves it to the next run,
 * which recognises by its intake name a file whose transaction had already committed.
 */
class FileLoader implements ItemWriter<CheckedFile> {

    private static final Logger log = LoggerFactory.getLogger(FileLoader.class);

    private final SubmissionStore store;
    private final RecentlyAccepted recentlyAccepted;
    private final Validator validator;
    private final Destinations destinations;
    private final FeedbackFiles feedback;
    private final TransactionTemplate perFile;
    private final Path home;
    private final ReferenceData.Snapshot reference;
    private final IngestMetrics metrics;
    private final IngestRun run;
    private final Progress progress;

    FileLoader(SubmissionStore store, RecentlyAccepted recentlyAccepted, Validator validator, Destinations destinations,
               FeedbackFiles feedback, PlatformTransactionManager transactions, LibstatsProperties properties,
               ReferenceData.Snapshot reference, IngestMetrics metrics, IngestRun run, Progress progress) {
        this.store = store;
        this.recentlyAccepted = recentlyAccepted;
        this.validator = validator;
        this.destinations = destinations;
        this.feedback = feedback;
        this.perFile = new TransactionTemplate(transactions);
        this.perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.home = properties.home();
        this.reference = reference;
        this.metrics = metrics;
        this.run = run;
        this.progress = progress;
    }

    private record Decision(Outcome outcome, Path stored, List<Finding> findings, String note, int values) {
    }

    /**
     * Each file commits on its own, without waiting for the disk; the chunk's last file commits
     * durably, which flushes the whole write-ahead log up to it. Only then are the files moved
     * out of the work folder: one disk flush per chunk instead of one per file, and a file never
     * leaves the work folder before its rows are safe.
     */
    @Override
    public void write(Chunk<? extends CheckedFile> chunk) {
        List<? extends CheckedFile> files = chunk.getItems();
        List<Decision> decisions = new ArrayList<>(files.size());
        long[] nanos = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            CheckedFile file = files.get(i);
            boolean durable = i == files.size() - 1;
            long start = System.nanoTime();
            decisions.add(perFile.execute(status -> decide(file, durable)));
            nanos[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < files.size(); i++) {
            long start = System.nanoTime();
            finish(files.get(i), decisions.get(i));
            metrics.load(nanos[i] + System.nanoTime() - start, decisions.get(i).values());
            progress.fileDone(decisions.get(i).values());
        }
    }

    private Decision decide(CheckedFile file, boolean durable) {
        ReceivedFile received = new ReceivedFile(file.file().originalName(), file.sha256(), file.file().intakeName(),
                FileChecker.templateVersion(file.raw()));
        Optional<PriorSubmission> prior = store.findBySha(file.sha256());
        boolean interrupted = prior.isPresent() && file.file().intakeName().equals(prior.get().intakeName());
        if (!durable && (prior.isPresent() || file.hasErrors())) {
            store.commitWithoutWaitingForDisk();
        }
        if (prior.isPresent() && !interrupted) {
            Path stored = destinations.duplicate(file.file());
            store.recordDuplicate(received, prior.get(), stored.toString());
            String note = "#" + prior.get().id() + " «" + prior.get().originalName() + "», " + prior.get().receivedAt();
            return new Decision(Outcome.DUPLICATE, stored, List.of(), note, 0);
        }
        List<Finding> findings = new ArrayList<>(file.findings());
        if (!file.hasErrors()) {
            long start = System.nanoTime();
            Identified id = file.identified();
            History earlier = id.kind() == SubmissionKind.RETURN
                    ? recentlyAccepted.overlay(file.history(), id.districtCode()) : History.NONE;
            findings.addAll(validator.validate(file.data(), earlier));
            metrics.validate(System.nanoTime() - start);
        }
        if (interrupted) {
            log.info("{} was stored before an interruption; finishing its move", file.file().originalName());
            Outcome outcome = prior.get().status() == SubmissionStatus.REJECTED ? Outcome.REJECTED : Outcome.ACCEPTED;
            return new Decision(outcome, Path.of(prior.get().storedPath()), findings, null,
                    outcome == Outcome.ACCEPTED ? file.data().values().size() : 0);
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            if (!durable && !file.hasErrors()) {
                store.commitWithoutWaitingForDisk();
            }
            Path stored = destinations.rejected(file.file());
            store.recordRejected(received, file.kind(), file.identified(), findings, stored.toString());
            return new Decision(Outcome.REJECTED, stored, findings, null, 0);
        }
        Path stored = destinations.accepted(file.file(), file.identified());
        store.recordAccepted(received, file.identified(), file.data(), findings, stored.toString(), durable);
        if (file.kind() == SubmissionKind.RETURN) {
            recentlyAccepted.add(file.data());
        }
        return new Decision(Outcome.ACCEPTED, stored, findings, null, file.data().values().size());
    }

    private void finish(CheckedFile file, Decision decision) {
        Identified id = file.identified();
        String district = id == null ? null : reference.territory().byCode(id.districtCode())
                .map(t -> t.nameCyrl() + " / " + t.nameLatn() + " (" + t.code() + ")").orElse(id.districtCode());
        String period = id == null ? null : id.periodCode();
        try {
            byte[] original = decision.outcome() == Outcome.DUPLICATE || decision.findings().isEmpty()
                    ? null : Files.readAllBytes(file.file().path());
            feedback.write(decision.stored(), original, new FeedbackReport(file.file().originalName(),
                    decision.outcome(), district, period, decision.note(), decision.findings()));
            Files.createDirectories(decision.stored().getParent());
            Files.move(file.file().path(), decision.stored(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file.file().path() + " to " + decision.stored(), e);
        }
        long errors = decision.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = decision.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        run.add(new FileOutcome(file.file().originalName(), id == null ? "" : id.districtCode(),
                period == null ? "" : period, decision.outcome().name().toLowerCase(java.util.Locale.ROOT), errors,
                warnings, decision.values(), home.relativize(decision.stored()).toString()));
    }
}
