package uz.natlib.libstats.ingest;

import java.util.List;

import uz.natlib.libstats.normalisation.Kind;
import uz.natlib.libstats.normalisation.ReturnData;
import uz.natlib.libstats.validation.Finding;
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
        ReturnData data = file.data();
        History earlier = data.kind() == Kind.RETURN
                ? recentlyAccepted.overlay(file.history(), data.districtCode()) : History.NONE;
        return Validator.merge(file.ruleFindings(), validator.validateAgainstHistory(data, earlier));
    }

    void accepted(ReturnData data) {
        if (data.kind() == Kind.RETURN) {
            recentlyAccepted.add(data);
        }
    }
}
