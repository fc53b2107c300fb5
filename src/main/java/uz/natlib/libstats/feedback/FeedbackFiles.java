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
import org.springframework.stereotype.Component;

/**
 * Writes the feedback beside a processed file: {@code <name>.feedback.txt} always, and
 * {@code <name>.feedback.xlsx} (or {@code .xls}) when there is anything to show in the
 * workbook. Each file appears whole or not at all (written aside, then renamed).
 */
@Component
public class FeedbackFiles {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiles.class);

    public void write(Path stored, byte[] original, FeedbackReport report) {
        try {
            Files.createDirectories(stored.getParent());
            Path text = stored.resolveSibling(stored.getFileName() + ".feedback.txt");
            Path textPart = text.resolveSibling(text.getFileName() + ".part");
            Files.writeString(textPart, FeedbackText.render(report), StandardCharsets.UTF_8);
            Files.move(textPart, text, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (report.findings().isEmpty()) {
                return;
            }
            Path part = stored.resolveSibling(stored.getFileName() + ".feedback.part");
            String extension;
            try (OutputStream out = Files.newOutputStream(part)) {
                extension = FeedbackWorkbook.write(original, report, out);
            } catch (RuntimeException e) {
                // The workbook only repeats the text beside it, cell by cell: a file that cannot be
                // rebuilt (a message past Excel's cell limit, a workbook POI refuses) keeps the text.
                log.warn("No feedback workbook for {}: {}", stored.getFileName(), e.toString());
                Files.deleteIfExists(part);
                return;
            }
            Files.move(part, stored.resolveSibling(stored.getFileName() + ".feedback." + extension),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feedback for " + stored, e);
        }
    }
}
