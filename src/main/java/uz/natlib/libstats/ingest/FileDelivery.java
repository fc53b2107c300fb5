package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import uz.natlib.libstats.feedback.FeedbackFiles;
import uz.natlib.libstats.feedback.FeedbackReport;
import uz.natlib.libstats.feedback.FeedbackReport.Outcome;
import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.inbox.WorkFile;

/**
 * After a file's fate is durable: its feedback written beside its destination, then the file
 * moved there out of the work folder (the move is what tells the next run it is done).
 */
class FileDelivery {

    private final FeedbackFiles feedback;
    private final ReferenceData.Snapshot reference;

    FileDelivery(FeedbackFiles feedback, ReferenceData.Snapshot reference) {
        this.feedback = feedback;
        this.reference = reference;
    }

    void deliver(CheckedFile file, SubmissionRecorder.Decision decision) {
        Identified id = file.identified();
        String district = id == null ? null : reference.territory().byCode(id.districtCode())
                .map(t -> t.nameCyrl() + " / " + t.nameLatn() + " (" + t.code() + ")").orElse(id.districtCode());
        String period = id == null ? null : id.periodCode();
        try {
            byte[] original = decision.outcome() == Outcome.DUPLICATE || decision.findings().isEmpty()
                    ? null : WorkFile.readBytes(file.file().path());
            feedback.write(decision.stored(), original, new FeedbackReport(file.file().originalName(),
                    decision.outcome(), district, period, decision.note(), decision.findings()));
            Files.createDirectories(decision.stored().getParent());
            Files.move(file.file().path(), decision.stored(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file.file().path() + " to " + decision.stored(), e);
        }
    }
}
