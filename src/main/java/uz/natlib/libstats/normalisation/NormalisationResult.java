package uz.natlib.libstats.normalisation;

import java.util.List;

import uz.natlib.libstats.vocabulary.Finding;

/**
 * A file's figures and answers once understood, with what normalisation found: errors (unknown
 * codes, foreign templates, text that is not a number, duplicates), warnings and INFO findings for
 * every value that had to be altered to be read. Reading's own findings stay in the RawReturn.
 */
public record NormalisationResult(List<ReportedValue> values, List<ReportedStatus> statuses, List<Finding> findings) {

    public NormalisationResult {
        values = List.copyOf(values);
        statuses = List.copyOf(statuses);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
