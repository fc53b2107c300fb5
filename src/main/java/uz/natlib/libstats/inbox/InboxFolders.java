package uz.natlib.libstats.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import uz.natlib.libstats.home.LibstatsProperties;

/**
 * The folders of the data folder a file passes through: {@code inbox/} (dropped by people, any
 * sub-folder), {@code work/} (being processed), then {@code archive/<year>/<quarter>/},
 * {@code rejected/<date>/} or {@code duplicates/<date>/}, each with its feedback beside it.
 */
@Component
public class InboxFolders {

    private final Path home;

    public InboxFolders(LibstatsProperties properties) {
        this.home = properties.home();
    }

    public Path inbox() {
        return ensure(home.resolve("inbox"));
    }

    public Path work() {
        return ensure(home.resolve("work"));
    }

    public Path archive() {
        return ensure(home.resolve("archive"));
    }

    public Path rejected() {
        return ensure(home.resolve("rejected"));
    }

    public Path duplicates() {
        return ensure(home.resolve("duplicates"));
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
