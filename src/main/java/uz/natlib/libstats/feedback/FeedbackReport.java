package uz.natlib.libstats.feedback;

import java.util.Comparator;
import java.util.List;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;

/**
 * What the sender is told about one file.
 *
 * @param outcome  ACCEPTED, REJECTED or DUPLICATE
 * @param district the district's name and code as understood, or {@code null}
 * @param period   the period as understood ({@code 2021Q3}, {@code 2021}), or {@code null}
 * @param note     a sentence for the outcome in the three languages (e.g. which earlier file a duplicate
 *                 repeats, and what became of it), or {@code null}
 */
public record FeedbackReport(String fileName, Outcome outcome, String district, String period, Message note,
                             List<Finding> findings) {

    public enum Outcome { ACCEPTED, REJECTED, DUPLICATE }

    public FeedbackReport {
        findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }
}
