package uz.natlib.libstats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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

    private static Path free(Path dir, String sentName) {
        String name = fitting(sentName);
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(candidate) || Files.exists(feedbackOf(candidate)); n++) {
            candidate = dir.resolve(stem + "-" + n + extension);
        }
        return candidate;
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
