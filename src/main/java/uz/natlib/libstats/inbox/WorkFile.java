package uz.natlib.libstats.inbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file in the work folder. Its name carries when it was taken and its path relative to the
 * inbox ({@code 1764144000000-000012--flawed%2Fnegative.xlsx}), so that after a crash the
 * file still says where it came from, and files are processed in the order they were taken.
 */
public record WorkFile(Path path) {

    private static final String SEPARATOR = "--";

    public static String nameFor(long takenAtMillis, int sequence, String relativePath) {
        return String.format("%013d-%06d%s%s", takenAtMillis, sequence, SEPARATOR,
                URLEncoder.encode(relativePath, StandardCharsets.UTF_8));
    }

    public String intakeName() {
        return path.getFileName().toString();
    }

    /** The path the file had below the inbox, e.g. {@code flawed/negative.xlsx}. */
    public String originalName() {
        String name = intakeName();
        int at = name.indexOf(SEPARATOR);
        return at < 0 ? name : URLDecoder.decode(name.substring(at + SEPARATOR.length()), StandardCharsets.UTF_8);
    }

    /** The original file name without folders. */
    public String baseName() {
        String original = originalName();
        return original.substring(original.lastIndexOf('/') + 1);
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
