package uz.natlib.libstats.service.health;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.inbox.InboxFolders;

/** The inbox can be listed: otherwise files dropped there wait forever without anyone being told. */
@Component
class InboxHealthIndicator implements HealthIndicator {

    private final InboxFolders folders;

    InboxHealthIndicator(InboxFolders folders) {
        this.folders = folders;
    }

    @Override
    public Health health() {
        Path inbox;
        try {
            inbox = folders.inbox();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", "the inbox folder cannot be created: " + e.getMessage()).build();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            entries.iterator().hasNext();
            return Health.up().withDetail("path", inbox.toString()).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("path", inbox.toString())
                    .withDetail("reason", "the inbox cannot be read: " + e).build();
        }
    }
}
