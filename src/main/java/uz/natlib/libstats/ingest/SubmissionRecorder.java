package uz.natlib.libstats.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.feedback.FeedbackReport.Outcome;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionStatus;
import uz.natlib.libstats.warehouse.PriorSubmission;
import uz.natlib.libstats.warehouse.ReceivedFile;
import uz.natlib.libstats.warehouse.SubmissionRepository;

/**
 * Decides a checked file's fate and records it in the warehouse, inside the caller's transaction:
 * duplicate, rejected (nothing of it loaded) or accepted (superseding the district's earlier file).
 * A file whose transaction committed before a crash is recognised by its intake name and only
 * finished, never loaded twice.
 */
class SubmissionRecorder {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRecorder.class);

    private final SubmissionRepository store;
    private final Destinations destinations;
    SubmissionRecorder(SubmissionRepository store, Destinations destinations) {
        this.store = store;
        this.destinations = destinations;
    }

    /**
     * What was decided for one file.
     *
     * @param submission the submission row that records it
     * @param stored     where the file is to be moved
     */
    record Decision(long submission, Outcome outcome, Path stored, List<Finding> findings, Message note, int values) {
    }

    /**
     * Records a file whose storing failed (its own transaction rolled back) as rejected, with only
     * the internal error as its finding: what it was found to contain may be what could not be
     * stored (a NUL byte, say).
     */
    Decision recordFailure(CheckedFile file, Throwable error) {
        ReceivedFile received = new ReceivedFile(file.file().originalName(), file.sha256(), file.file().intakeName(),
                null);
        List<Finding> findings = List.of(internalError(error));
        Path stored = destinations.rejected(file.file());
        long id = store.recordRejected(received, file.kind(), null, findings, stored.toString());
        return new Decision(id, Outcome.REJECTED, stored, findings, null, 0);
    }

    /** The file's destination is on disk (or it stays in the work folder): its name need not be held any more. */
    void delivered(Decision decision) {
        destinations.release(decision.stored());
    }

    /** An internal error is still a reason the sender is told, in the three languages. */
    static Finding internalError(Throwable error) {
        String what = printable(String.valueOf(error));
        return Finding.error(RuleId.INTERNAL_ERROR, null, null, null, Message.of(
                "Файлни текширишда тизим хатоси юз берди (" + what + "). Миллий кутубхонага хабар берилди; файлни"
                        + " ўзгартирмасдан кейинроқ қайта юборинг.",
                "A system error occurred while checking the file (" + what + "). Send it again later, unchanged."));
    }

    // What reaches PostgreSQL never carries NUL or other control characters, and stays short.
    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= 300 ? clean : clean.substring(0, 300) + "…";
    }

    /**
     * @param durable whether this commit must reach the disk before returning; the others may
     *                commit lazily because a durable one follows before any file is moved
     */
    Decision record(CheckedFile file, boolean durable) {
        ReceivedFile received = new ReceivedFile(file.file().originalName(), file.sha256(), file.file().intakeName(),
                FileChecker.templateVersion(file.raw()));
        Optional<PriorSubmission> prior = store.findBySha(file.sha256());
        boolean interrupted = prior.isPresent() && file.file().intakeName().equals(prior.get().intakeName());
        if (!durable && (prior.isPresent() || file.hasErrors())) {
            store.commitWithoutWaitingForDisk();
        }
        if (prior.isPresent() && !interrupted) {
            Path stored = destinations.duplicate(file.file());
            long id = store.recordDuplicate(received, prior.get(), stored.toString());
            Message note = DuplicateNote.of(prior.get());
            return new Decision(id, Outcome.DUPLICATE, stored, List.of(), note, 0);
        }
        // The rules that compare with the district's history run once the whole run is stored (HistoryReview).
        List<Finding> findings = new ArrayList<>(file.findings());
        findings.addAll(file.ruleFindings());
        if (interrupted) {
            log.info("{} was stored before an interruption; finishing its move", ShownText.of(file.file().originalName()));
            Outcome outcome = prior.get().status() == SubmissionStatus.REJECTED ? Outcome.REJECTED : Outcome.ACCEPTED;
            return new Decision(prior.get().id(), outcome, Path.of(prior.get().storedPath()), findings, null,
                    outcome == Outcome.ACCEPTED ? file.data().values().size() : 0);
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            if (!durable && !file.hasErrors()) {
                store.commitWithoutWaitingForDisk();
            }
            Path stored = destinations.rejected(file.file());
            long id = store.recordRejected(received, file.kind(), file.identified(), findings, stored.toString());
            return new Decision(id, Outcome.REJECTED, stored, findings, null, 0);
        }
        Path stored = destinations.accepted(file.file(), file.identified());
        long id = store.recordAccepted(received, file.identified(), file.data(), findings, stored.toString(), durable);
        return new Decision(id, Outcome.ACCEPTED, stored, findings, null, file.data().values().size());
    }
}
