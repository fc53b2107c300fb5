package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;

class CheckedFileTest {

    private static List<Finding> findings(int n) {
        return IntStream.range(0, n).mapToObj(i -> Finding.error(RuleId.NOT_A_NUMBER, "S", "F" + (i + 1), "x",
                Message.of("сон эмас", "not a number"))).toList();
    }

    private static CheckedFile with(List<Finding> findings) {
        return new CheckedFile(new WorkFile(Path.of("work/1"), "a.xlsx"), "sha", 1, null, SubmissionKind.RETURN, null,
                null, findings, List.of());
    }

    @Test
    void givenAThousandFindings_whenChecked_thenTheFirstFewHundredAndOneThatCountsTheRest() {
        CheckedFile file = with(findings(1000));

        assertThat(file.findings()).hasSize(CheckedFile.MOST_FINDINGS);
        assertThat(file.findings().get(CheckedFile.MOST_FINDINGS - 2).cell()).isEqualTo("F499");
        assertThat(file.findings().get(CheckedFile.MOST_FINDINGS - 1)).satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.MORE_FINDINGS);
            assertThat(f.isError()).isTrue();
            assertThat(f.message().en()).startsWith("501 more findings");
            assertThat(f.message().latn()).contains("501");
        });
    }

    @Test
    void givenFewFindings_whenChecked_thenAllKept() {
        assertThat(with(findings(CheckedFile.MOST_FINDINGS)).findings()).hasSize(CheckedFile.MOST_FINDINGS)
                .noneMatch(f -> f.rule() == RuleId.MORE_FINDINGS);
    }
}
