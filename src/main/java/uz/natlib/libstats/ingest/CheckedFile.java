package uz.natlib.libstats.ingest;

import java.util.List;

import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;

/**
 * A file after reading, identification and normalisation: what the writer needs to decide and
 * store its fate.
 *
 * @param identified {@code null} when district or period could not be told
 * @param data       {@code null} unless identified and normalised
 * @param size       its size in bytes when checked ({@code -1} if it could not be read)
 * @param findings   what reading, identifying and normalising found
 * @param ruleFindings what the rules that need only the file found, on what could be read (empty when the
 *                     file could not be read or identified)
 */
record CheckedFile(WorkFile file, String sha256, long size, RawReturn raw, SubmissionKind kind, Identified identified,
                   SubmissionData data, List<Finding> findings, List<Finding> ruleFindings) {

    /** A file with a thousand bad cells is told about the first few hundred, and how many more there are. */
    static final int MOST_FINDINGS = 500;

    CheckedFile {
        findings = capped(findings);
        ruleFindings = capped(ruleFindings);
    }

    private static List<Finding> capped(List<Finding> findings) {
        if (findings.size() <= MOST_FINDINGS) {
            return findings;
        }
        List<Finding> shown = findings.subList(0, MOST_FINDINGS - 1);
        List<Finding> rest = findings.subList(MOST_FINDINGS - 1, findings.size());
        Message more = Message.of(
                "Яна " + rest.size() + " та шунга ўхшаш камчилик рўйхатга киритилмади. Юқоридагиларни тузатиб,"
                        + " файлни қайта юборинг.",
                rest.size() + " more findings like these are not listed. Correct the ones above and send the file"
                        + " again.");
        Finding summary = rest.stream().anyMatch(Finding::isError)
                ? Finding.error(RuleId.MORE_FINDINGS, null, null, null, more)
                : Finding.warning(RuleId.MORE_FINDINGS, null, null, null, more);
        List<Finding> capped = new java.util.ArrayList<>(shown);
        capped.add(summary);
        return List.copyOf(capped);
    }

    /** Whether a limit of {@code ReadingLimits} was broken: such a file is not rebuilt as a feedback workbook. */
    boolean brokeALimit() {
        return findings.stream().anyMatch(f -> f.rule().isLimit());
    }

    /** The same file refused because its content changed after it was checked. */
    CheckedFile changed(String newSha256, long newSize) {
        Finding changed = Finding.error(RuleId.FILE_CHANGED, null, null, null, Message.of(
                "Файл текширилаётган пайтда ўзгарди (уни бошқа дастур ҳали ёзаётган эди). Файлни ёпиб, қайта"
                        + " юборинг.",
                "The file changed while it was being checked (another program was still writing it). Close it and"
                        + " send it again."));
        return new CheckedFile(file, newSha256, newSize, null, kind, null, null, List.of(changed),
                List.of());
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
