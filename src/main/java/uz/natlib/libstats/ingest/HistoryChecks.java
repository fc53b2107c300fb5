package uz.natlib.libstats.ingest;

import java.util.List;

import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.validation.History;
import uz.natlib.libstats.validation.Validator;

/**
 * The rules that compare a return with the district's earlier ones. They run in the writer, in
 * the order files are stored, because a file checked ahead cannot see the returns stored since
 * its history was read; {@link RecentlyAccepted} lays those over it.
 */
class HistoryChecks {

    private final Validator validator;
    private final RecentlyAccepted recentlyAccepted;

    HistoryChecks(Validator validator, RecentlyAccepted recentlyAccepted) {
        this.validator = validator;
        this.recentlyAccepted = recentlyAccepted;
    }

    /** The file's rule findings, those needing only the file and those needing its history, in order. */
    List<Finding> check(CheckedFile file) {
        SubmissionData data = file.data();
        History earlier = data.kind() == SubmissionKind.RETURN
                ? recentlyAccepted.overlay(file.history(), data.districtCode()) : History.NONE;
        return Validator.merge(file.ruleFindings(), validator.validateAgainstHistory(data, earlier));
    }

    void accepted(SubmissionData data) {
        if (data.kind() == SubmissionKind.RETURN) {
            recentlyAccepted.add(data);
        }
    }
}
