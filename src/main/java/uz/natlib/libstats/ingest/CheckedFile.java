package uz.natlib.libstats.ingest;

import java.util.List;

import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.validation.History;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A file after reading, identification and normalisation: what the writer needs to decide and
 * store its fate.
 *
 * @param identified {@code null} when district or period could not be told
 * @param data       {@code null} unless identified and normalised
 * @param history    the district's earlier accepted figures as read while checking ({@code NONE} for a plan)
 * @param findings   what reading, identifying and normalising found
 * @param ruleFindings what the rules that need only the file found (empty when {@code findings} has errors)
 */
record CheckedFile(WorkFile file, String sha256, RawReturn raw, SubmissionKind kind, Identified identified, SubmissionData data,
                   History history, List<Finding> findings, List<Finding> ruleFindings) {

    CheckedFile(WorkFile file, String sha256, RawReturn raw, SubmissionKind kind, Identified identified, SubmissionData data,
                History history, List<Finding> findings) {
        this(file, sha256, raw, kind, identified, data, history, findings, List.of());
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
