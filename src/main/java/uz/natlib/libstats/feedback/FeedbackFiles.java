package uz.natlib.libstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the feedback beside a processed file: {@code <name>.feedback.txt} always, and
 * {@code <name>.feedback.xlsx} (or {@code .xls}) when there is anything to show in the
 * workbook. Each file appears whole or not at all (written aside, then renamed), and no
 * {@code .part} is left behind whatever happens.
 */
@Component
public class FeedbackFiles {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiles.class);

    /** How the workbook is written: {@link FeedbackWorkbook#write}, replaced in tests. */
    @FunctionalInterface
    interface WorkbookWriter {
        String write(byte[] original, FeedbackReport report, OutputStream out) throws IOException;
    }

    private final WorkbookWriter workbooks;

    @Autowired
    public FeedbackFiles() {
        this(FeedbackWorkbook::write);
    }

    FeedbackFiles(WorkbookWriter workbooks) {
        this.workbooks = workbooks;
    }

    public void write(Path stored, byte[] original, FeedbackReport report) {
        Path text = stored.resolveSibling(stored.getFileName() + ".feedback.txt");
        Path textPart = text.resolveSibling(text.getFileName() + ".part");
        try {
            Files.createDirectories(stored.getParent());
            Files.writeString(textPart, FeedbackText.render(report), StandardCharsets.UTF_8);
            Files.move(textPart, text, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(textPart);
            throw new UncheckedIOException("cannot write the feedback for " + stored, e);
        }
        if (!report.findings().isEmpty()) {
            workbook(stored, original, report);
        }
    }

    /**
     * The workbook only repeats the text beside it, cell by cell, so it never fails the job: a
     * file POI refuses, one that needs more memory or stack than there is (a zip bomb, a deeply
     * nested part), a full disk, each keeps the text alone. The workbook being built is garbage
     * once the error has left {@link FeedbackWorkbook#write}, so catching an OutOfMemoryError
     * here gives that memory back to the rest of the job.
     */
    private void workbook(Path stored, byte[] original, FeedbackReport report) {
        Path part = stored.resolveSibling(stored.getFileName() + ".feedback.part");
        boolean moved = false;
        try {
            String extension;
            try (OutputStream out = Files.newOutputStream(part)) {
                extension = workbooks.write(original, report, out);
            }
            Files.move(part, stored.resolveSibling(stored.getFileName() + ".feedback." + extension),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            log.warn("No feedback workbook for {}: {}", stored.getFileName(), e.toString());
        } finally {
            if (!moved) {
                deleteQuietly(part);
            }
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", part, e.toString());
        }
    }
}
