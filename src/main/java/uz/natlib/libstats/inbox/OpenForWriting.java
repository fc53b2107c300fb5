package uz.natlib.libstats.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The files below a folder (as paths relative to it) that some process of this machine holds open for writing, as Linux's
 * {@code /proc} shows them (only processes this user may look at: a copy over the network or by
 * another user is caught by the settle time instead). A file still being written is not taken,
 * however long ago its last byte arrived.
 */
final class OpenForWriting {

    private static final Path PROC = Path.of("/proc");
    private static final int WRITE_MODES = 0b11; // O_WRONLY | O_RDWR in the low bits of the flags

    private OpenForWriting() {
    }

    static Set<Path> below(Path folder) {
        Set<Path> open = new HashSet<>();
        if (!Files.isDirectory(PROC)) {
            return open;
        }
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            return open;
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> isNumber(p.getFileName().toString()))) {
            for (Path process : processes) {
                collect(process, real, open);
            }
        } catch (IOException | RuntimeException e) {
            // /proc unreadable here: the settle time alone decides.
        }
        return open;
    }

    private static void collect(Path process, Path folder, Set<Path> open) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                Path target;
                try {
                    target = Files.readSymbolicLink(descriptor);
                } catch (IOException | UnsupportedOperationException e) {
                    continue;
                }
                if (target.startsWith(folder) && writable(process, descriptor.getFileName().toString())) {
                    open.add(folder.relativize(target));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Another user's process, or one that just ended.
        }
    }

    private static boolean writable(Path process, String descriptor) {
        try {
            for (String line : Files.readAllLines(process.resolve("fdinfo").resolve(descriptor))) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring("flags:".length()).strip(), 8) & WRITE_MODES) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Gone meanwhile.
        }
        return false;
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
