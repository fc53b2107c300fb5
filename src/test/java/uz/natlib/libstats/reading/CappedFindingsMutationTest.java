package uz.natlib.libstats.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;

/** At most two findings of a rule listed, then one that counts the rest: counted by hand. */
class CappedFindingsMutationTest {

    private static Finding finding(RuleId rule, int line) {
        return Finding.error(rule, null, "line " + line, null, Message.of("қатор " + line, "line " + line));
    }

    @Test
    void givenExactlyTheCap_whenAll_thenEveryOneListedAndNoCount() {
        CappedFindings findings = new CappedFindings(2);
        findings.add(finding(RuleId.NOT_A_NUMBER, 1));
        findings.add(finding(RuleId.NOT_A_NUMBER, 2));

        assertThat(findings.all()).extracting(Finding::cell).containsExactly("line 1", "line 2");
    }

    @Test
    void givenMoreThanTheCap_whenAll_thenTheCapListedAndOneCountingTheOthersPerRule() {
        CappedFindings findings = new CappedFindings(2);
        for (int line = 1; line <= 5; line++) {
            findings.add(finding(RuleId.NOT_A_NUMBER, line));
        }
        findings.add(finding(RuleId.CELL_TEXT_TOO_LONG, 9));

        assertThat(findings.all()).extracting(Finding::cell).containsExactly("line 1", "line 2", "line 9", null);
        Finding count = findings.all().get(3);
        assertThat(count.rule()).isEqualTo(RuleId.NOT_A_NUMBER);
        assertThat(count.isError()).isTrue();
        assertThat(count.message().en()).isEqualTo("And 3 more line(s) like this (" + RuleId.NOT_A_NUMBER.code()
                + "): only the first 2 are listed above.");
        assertThat(count.message().cyrl()).startsWith("Яна 3 та қаторда");
    }
}
