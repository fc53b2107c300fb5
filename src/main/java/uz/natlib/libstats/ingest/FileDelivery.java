package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uz.natlib.libstats.feedback.FeedbackFiles;
import uz.natlib.libstats.feedback.FeedbackReport;
import uz.natlib.libstats.feedback.FeedbackReport.Outcome;
import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.reading.ReadingLimits;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.warehouse.SubmissionRepository;
import uz.natlib.libstats.database.DatabaseTrouble;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * After a file's fate is durable: its feedback written beside its destination, then the file
 * moved there out of the work folder (the move is what tells the next run it is done).
 */
class FileDelivery {

    private static final Logger log = LoggerFactory.getLogger(FileDelivery.class);

    private final FeedbackFiles feedback;
    private final ReferenceData.Snapshot reference;

    private final ReadingLimits limits;

    private final SubmissionRepository store;

    FileDelivery(FeedbackFiles feedback, ReferenceData.Snapshot reference, ReadingLimits limits,
                 SubmissionRepository store) {
        this.store = store;
        this.feedback = feedback;
        this.limits = limits;
        this.reference = reference;
    }

    void deliver(CheckedFile file, SubmissionRecorder.Decision decision) {
        Identified id = file.identified();
        String district = id == null ? null : reference.territory().byCode(id.districtCode())
                .map(t -> t.nameCyrl() + " / " + t.nameLatn() + " (" + t.code() + ")").orElse(id.districtCode());
        String period = id == null ? null : id.periodCode();
        try {
            // An accepted file's feedback is written by the history review, once the whole run is stored.
            if (decision.outcome() != Outcome.ACCEPTED) {
                // Written from what was stored, so that what the district reads is what the warehouse says.
                List<Finding> findings = decision.outcome() == Outcome.DUPLICATE ? List.of()
                        : store.findingsOf(decision.submission());
                // A file over the limits is not rebuilt: the findings sheet alone serves, beside the text.
                byte[] original = findings.isEmpty() || file.brokeALimit() || file.size() < 0
                        || file.size() > limits.aloneAbove().toBytes() ? null : WorkFile.readBytes(file.file().path());
                feedback.write(decision.stored(), original, new FeedbackReport(file.file().originalName(),
                        decision.outcome(), district, period, decision.note(), findings));
            }
            Files.createDirectories(decision.stored().getParent());
            Files.move(file.file().path(), decision.stored(), StandardCopyOption.ATOMIC_MOVE);
            file.file().forgetName();
        } catch (IOException | RuntimeException e) {
            if (DatabaseTrouble.isIn(e)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            // Its fate is recorded: the file stays in the work folder and the next run finishes its move.
            log.error("Cannot deliver {} to {}; it stays in the work folder for the next run",
                    ShownText.of(file.file().originalName()), decision.stored(), e);
        }
    }
}
