package uz.natlib.libstats.warehouse;

import uz.natlib.libstats.vocabulary.SubmissionStatus;

/** A submission already recorded for the same bytes. */
public record PriorSubmission(long id, SubmissionStatus status, String originalName, String intakeName, String storedPath,
                              java.time.OffsetDateTime receivedAt) {
}
