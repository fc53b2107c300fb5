package uz.natlib.libstats.ingest;

import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * What became of one file, for the run's table.
 *
 * @param outcome accepted, rejected, duplicate or left alone
 * @param path    where the file is now, relative to the data folder
 */
public record FileOutcome(String file, String district, String period, String outcome, long errors, long warnings,
                          int values, String path) {

    public boolean is(SubmissionStatus status) {
        return outcome.equals(status.code());
    }
}
