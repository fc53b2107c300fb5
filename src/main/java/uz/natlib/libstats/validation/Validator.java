package uz.natlib.libstats.validation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;

/**
 * Runs every rule over a file and returns everything found at once, errors first, so the sender
 * fixes the whole file in one round instead of one problem per upload.
 */
@Component
public class Validator {

    private final List<ValidationRule> rules;

    public Validator(List<ValidationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> validate(SubmissionData data, History history) {
        return inOrder(Stream.concat(validateAlone(data).stream(), validateAgainstHistory(data, history).stream()));
    }

    /** The rules that need nothing but the file: safe on any thread, in any order of files. */
    public List<Finding> validateAlone(SubmissionData data) {
        return inOrder(rules.stream().filter(rule -> !rule.comparesWithHistory())
                .flatMap(rule -> rule.check(data, History.NONE).stream()));
    }

    /** The rules that compare the file with the district's earlier returns. */
    public List<Finding> validateAgainstHistory(SubmissionData data, History history) {
        History known = history == null ? History.NONE : history;
        return inOrder(rules.stream().filter(ValidationRule::comparesWithHistory)
                .flatMap(rule -> rule.check(data, known).stream()));
    }

    /** Both kinds' findings of one file, as {@link #validate} orders them. */
    public static List<Finding> merge(List<Finding> alone, List<Finding> againstHistory) {
        return inOrder(Stream.concat(alone.stream(), againstHistory.stream()));
    }

    // A stable sort: within one severity the findings keep the rules' order and the file's order.
    private static List<Finding> inOrder(Stream<Finding> findings) {
        return findings.sorted(Comparator.comparing(Finding::severity)).toList();
    }

    public List<ValidationRule> rules() {
        return rules;
    }
}
