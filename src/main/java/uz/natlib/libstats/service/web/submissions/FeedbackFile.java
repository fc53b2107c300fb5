package uz.natlib.libstats.service.web.submissions;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The feedback written beside a stored file: the workbook ({@code <stored>.feedback.xlsx} or
 * {@code .xls}) when there were findings, else the text ({@code <stored>.feedback.txt}). The
 * path comes from the warehouse, never from the request, and must stay inside the data folder.
 */
public record FeedbackFile(Path path, String extension, String contentType) {

    private static final List<FeedbackFile> KINDS = List.of(
            new FeedbackFile(null, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            new FeedbackFile(null, "xls", "application/vnd.ms-excel"),
            new FeedbackFile(null, "txt", "text/plain;charset=UTF-8"));

    public static Optional<FeedbackFile> beside(String storedPath, Path home) {
        if (storedPath == null || storedPath.isBlank()) {
            return Optional.empty();
        }
        Path root = home.toAbsolutePath().normalize();
        Path stored;
        try {
            Path recorded = Path.of(storedPath);
            stored = (recorded.isAbsolute() ? recorded : root.resolve(recorded)).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!stored.startsWith(root) || stored.equals(root)) {
            return Optional.empty();
        }
        for (FeedbackFile kind : KINDS) {
            Path candidate = stored.resolveSibling(stored.getFileName() + ".feedback." + kind.extension());
            if (candidate.startsWith(root) && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                    && !hasLinkOnTheWay(root, candidate)) {
                return Optional.of(new FeedbackFile(candidate, kind.extension(), kind.contentType()));
            }
        }
        return Optional.empty();
    }

    // A folder of the data folder swapped for a link would lead outside it: no part of the way may be one.
    private static boolean hasLinkOnTheWay(Path root, Path file) {
        for (Path at = file.getParent(); at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return true;
            }
        }
        return false;
    }
}
