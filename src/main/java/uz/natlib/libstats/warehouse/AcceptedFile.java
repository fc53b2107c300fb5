package uz.natlib.libstats.warehouse;

import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A file accepted by an ingest run (and perhaps superseded since), as the warehouse recorded it:
 * what the history review needs to judge it again and write its feedback.
 */
public record AcceptedFile(long id, SubmissionKind kind, String originalName, String sha256, String districtCode,
                           String periodCode, String storedPath) {
}
