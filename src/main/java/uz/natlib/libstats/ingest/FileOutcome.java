package uz.natlib.libstats.ingest;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * What became of one file, for the run's table.
 *
 * @param outcome    accepted, rejected, duplicate or left alone (with the reason)
 * @param path       where the file is now, relative to the data folder
 * @param firstError a rejected file's first reason, as its feedback lists it first; else {@code null}
 */
public record FileOutcome(String file, String district, String period, String outcome, long errors, long warnings,
                          int values, String path, Finding firstError) {

    static final String LEFT_ALONE = "left alone";

    public boolean is(SubmissionStatus status) {
        return outcome.equals(status.code());
    }

    public boolean leftAlone() {
        return outcome.startsWith(LEFT_ALONE);
    }

    /** The feedback text beside the file where it now is ({@code rejected/2026-12-06/a.xlsx.feedback.txt}). */
    public String feedbackPath() {
        return path.isEmpty() || leftAlone() ? "" : path + ".feedback.txt";
    }
}
