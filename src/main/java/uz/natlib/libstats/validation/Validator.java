package uz.natlib.libstats.validation;

import java.util.Comparator;
import java.util.List;

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
        History known = history == null ? History.NONE : history;
        // A stable sort: within one severity the findings keep the rules' order and the file's order.
        return rules.stream()
                .flatMap(rule -> rule.check(data, known).stream())
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    public List<ValidationRule> rules() {
        return rules;
    }
}
