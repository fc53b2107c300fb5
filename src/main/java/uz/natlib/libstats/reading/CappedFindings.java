package uz.natlib.libstats.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;

/**
 * The findings of one file, at most {@code perRule} of each rule listed one by one: a file with
 * the same fault on ten thousand lines says so in {@code perRule} findings and one more that counts
 * the rest, not in ten thousand.
 */
final class CappedFindings {

    private final int perRule;
    private final List<Finding> listed = new ArrayList<>();
    private final Map<RuleId, Integer> counts = new EnumMap<>(RuleId.class);
    private final Map<RuleId, Finding> firstUnlisted = new EnumMap<>(RuleId.class);

    CappedFindings(int perRule) {
        this.perRule = perRule;
    }

    void add(Finding finding) {
        int count = counts.merge(finding.rule(), 1, Integer::sum);
        if (count <= perRule) {
            listed.add(finding);
        } else {
            firstUnlisted.putIfAbsent(finding.rule(), finding);
        }
    }

    /** The listed findings, then for each rule with more than {@code perRule} one finding that counts the others. */
    List<Finding> all() {
        List<Finding> all = new ArrayList<>(listed);
        firstUnlisted.forEach((rule, first) -> {
            int more = counts.get(rule) - perRule;
            all.add(new Finding(first.severity(), rule, null, null, null, Message.of(
                    "Яна " + more + " та қаторда худди шундай (" + rule.code() + "): юқорида фақат биринчи " + perRule
                            + " таси кўрсатилди.",
                    "And " + more + " more line(s) like this (" + rule.code() + "): only the first " + perRule
                            + " are listed above.")));
        });
        return all;
    }
}
