package uz.natlib.libstats.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file in the work folder, named by its intake alone ({@code 1764144000000-000012}): short and
 * ASCII whatever the sender called it, and in the order files were taken. The path it had below
 * the inbox ({@code flawed/negative.xlsx}) is kept beside it in {@code <intake>.name}, written
 * before the file is moved in, so that after a crash the file still says where it came from.
 *
 * @param originalName the path the file had below the inbox, exactly as it came
 */
public record WorkFile(Path path, String originalName) {

    public static final String NAME_SUFFIX = ".name";
    private static final String OLD_SEPARATOR = "--";

    public static String intakeNameFor(long takenAtMillis, int sequence) {
        return String.format("%013d-%06d", takenAtMillis, sequence);
    }

    /** A file of the work folder, with the name it came with (read from its {@code .name} beside it). */
    public static WorkFile at(Path path) {
        String intake = path.getFileName().toString();
        Path nameFile = nameFileOf(path);
        try {
            if (Files.isRegularFile(nameFile, LinkOption.NOFOLLOW_LINKS)) {
                return new WorkFile(path, new String(readBytes(nameFile), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // Unreadable: the intake name still identifies the file.
        }
        int at = intake.indexOf(OLD_SEPARATOR);
        // Files taken by an earlier version carried their path URL-encoded in their own name.
        String original = at < 0 ? intake
                : URLDecoder.decode(intake.substring(at + OLD_SEPARATOR.length()), StandardCharsets.UTF_8);
        return new WorkFile(path, original);
    }

    /** Records the name a file came with, whole or not at all, before the file itself is moved in. */
    static void writeName(Path workFile, String originalName) throws IOException {
        Path nameFile = nameFileOf(workFile);
        Path part = nameFile.resolveSibling(nameFile.getFileName() + ".part");
        Files.write(part, originalName.getBytes(StandardCharsets.UTF_8));
        Files.move(part, nameFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the name once the file has left the work folder. */
    public void forgetName() throws IOException {
        Files.deleteIfExists(nameFileOf(path));
    }

    public static boolean isNameFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(NAME_SUFFIX) || name.endsWith(NAME_SUFFIX + ".part");
    }

    private static Path nameFileOf(Path workFile) {
        return workFile.resolveSibling(workFile.getFileName() + NAME_SUFFIX);
    }

    public String intakeName() {
        return path.getFileName().toString();
    }

    /** The original file name without folders. */
    public String baseName() {
        return originalName.substring(originalName.lastIndexOf('/') + 1);
    }

    /**
     * The bytes of a file taken in, never through a link: a link put in its place after it was
     * taken could otherwise hand back any file of the machine.
     */
    public static byte[] readBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }
}
