package uz.natlib.libstats.warehouse;

import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * A file as an ingest run left it, read back from {@code submission}.
 *
 * @param status     the submission's status now (an accepted file may since have been superseded)
 * @param storedPath where the file was moved, as recorded
 */
public record ProcessedFile(long id, String originalName, String districtCode, String periodCode, SubmissionStatus status,
                            int errors, int warnings, int values, String storedPath) {
}
