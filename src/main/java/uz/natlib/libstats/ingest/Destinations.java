package uz.natlib.libstats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.inbox.WorkFile;

/**
 * Where a processed file goes: {@code archive/<year>/Q<n>/} (or {@code plan/}),
 * {@code rejected/<date>/}, {@code duplicates/<date>/}; a name already taken gets a suffix.
 */
@Component
class Destinations {

    private final InboxFolders folders;
    // Chosen for a whole chunk before any file moves: a name given out is taken until released.
    private final Set<Path> reserved = ConcurrentHashMap.newKeySet();

    Destinations(InboxFolders folders) {
        this.folders = folders;
    }

    Path accepted(WorkFile file, Identified identified) {
        String period = identified.quarter() == null ? "plan" : "Q" + identified.quarter();
        return free(folders.archive().resolve(Integer.toString(identified.year())).resolve(period), file.baseName());
    }

    Path rejected(WorkFile file) {
        return free(folders.rejected().resolve(LocalDate.now(ReferenceData.TASHKENT).toString()), file.baseName());
    }

    Path duplicate(WorkFile file) {
        return free(folders.duplicates().resolve(LocalDate.now(ReferenceData.TASHKENT).toString()), file.baseName());
    }

    /** Most of the 255 bytes a file name may have, leaving room for "-2" and ".feedback.xlsx". */
    static final int NAME_BYTES = 160;

    private synchronized Path free(Path dir, String sentName) {
        String name = notAFeedbackName(fitting(sentName));
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; taken(candidate); n++) {
            candidate = dir.resolve(stem + "-" + n + extension);
        }
        reserved.add(candidate);
        return candidate;
    }

    private boolean taken(Path candidate) {
        return reserved.contains(candidate) || Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(feedbackOf(candidate), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(candidate.resolveSibling(candidate.getFileName() + ".feedback.xlsx"),
                        LinkOption.NOFOLLOW_LINKS);
    }

    /** The name is free again once the file is there (or was never moved). */
    void release(Path stored) {
        reserved.remove(stored);
    }

    /**
     * A sender's file named like another file's feedback ({@code return.xlsx.feedback.txt}) would
     * stand in for it beside that file: it is stored as {@code return.xlsx.feedback.txt.sent}.
     */
    static String notAFeedbackName(String name) {
        return name.matches("(?s).*\\.feedback\\.[^.]*(\\.part)?") ? name + ".sent" : name;
    }

    /** The sender's name, cut (keeping its extension) so that the stored file and its feedback fit the file system. */
    static String fitting(String name) {
        if (utf8Length(name) <= NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int end = stem.length();
        while (end > 0 && utf8Length(stem.substring(0, end) + "…" + extension) > NAME_BYTES) {
            end = stem.offsetByCodePoints(end, -1);
        }
        return stem.substring(0, end) + "…" + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    static Path feedbackOf(Path stored) {
        return stored.resolveSibling(stored.getFileName() + ".feedback.txt");
    }
}
