package uz.natlib.libstats.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;

class FeedbackFilesTest {

    @TempDir
    Path folder;

    private final FeedbackReport report = new FeedbackReport("jondor.xlsx", FeedbackReport.Outcome.REJECTED, null, null,
            null, List.of(Finding.error(RuleId.NEGATIVE_VALUE, "Ҳисобот", "F12", "-5",
                    Message.of("F12: манфий", "F12: negative"))));

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("2021"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void givenFindings_whenWritten_thenTheTextAndTheWorkbookAndNoPart() throws IOException {
        new FeedbackFiles().write(folder.resolve("2021/jondor.xlsx"), null, report);

        assertThat(files()).containsExactly("jondor.xlsx.feedback.txt", "jondor.xlsx.feedback.xlsx");
    }

    @Test
    void givenAWorkbookThatRunsOutOfMemory_whenWritten_thenTheTextAloneAndNoPartIsLeft() throws IOException {
        FeedbackFiles files = new FeedbackFiles((original, r, out) -> {
            out.write(new byte[1024]);
            throw new OutOfMemoryError("Java heap space");
        });

        files.write(folder.resolve("2021/jondor.xlsx"), new byte[] {1}, report);

        assertThat(files()).containsExactly("jondor.xlsx.feedback.txt");
    }

    @Test
    void givenAWorkbookTooDeepForTheStackOrRefusedOrUnwritable_whenWritten_thenTheTextAloneEachTime() throws IOException {
        List<Throwable> failures = List.of(new StackOverflowError(), new IllegalArgumentException("too long"),
                new IOException("No space left on device"));
        for (Throwable failure : failures) {
            FeedbackFiles files = new FeedbackFiles((original, r, out) -> {
                out.write(1);
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) failure;
            });

            files.write(folder.resolve("2021/jondor.xlsx"), new byte[] {1}, report);

            assertThat(files()).as(failure.toString()).containsExactly("jondor.xlsx.feedback.txt");
        }
    }

    @Test
    void givenNoFindings_whenWritten_thenTheTextAlone() throws IOException {
        FeedbackReport accepted = new FeedbackReport("jondor.xlsx", FeedbackReport.Outcome.ACCEPTED, null, null, null,
                List.of());

        new FeedbackFiles().write(folder.resolve("2021/jondor.xlsx"), new byte[] {1}, accepted);

        assertThat(files()).containsExactly("jondor.xlsx.feedback.txt");
    }
}
