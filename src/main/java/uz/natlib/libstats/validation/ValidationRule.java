package uz.natlib.libstats.validation;

import java.util.List;

import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;

/**
 * One check of a file's figures. A rule reports every problem it finds (never stops at the first),
 * so the sender can fix the whole file at once; the findings' {@code rule} is the class's simple name.
 */
public interface ValidationRule {

    List<Finding> check(SubmissionData data, History history);

    /**
     * Whether the rule compares the file with the district's earlier returns. Such rules run where
     * the files are stored one after another; the others run while files are checked on every core.
     */
    default boolean comparesWithHistory() {
        return false;
    }
}
