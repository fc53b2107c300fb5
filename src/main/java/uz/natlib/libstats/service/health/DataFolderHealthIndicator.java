package uz.natlib.libstats.service.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.home.LibstatsProperties;

/** The data folder takes new files: archived returns, feedback and reports are all written there. */
@Component
class DataFolderHealthIndicator implements HealthIndicator {

    private final Path home;

    DataFolderHealthIndicator(LibstatsProperties properties) {
        this.home = properties.home();
    }

    @Override
    public Health health() {
        Path probe = null;
        try {
            probe = Files.createTempFile(home, ".health-", ".tmp");
            return Health.up().withDetail("path", home.toString()).build();
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("path", home.toString())
                    .withDetail("reason", "cannot write a file in the data folder: " + e).build();
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a probe left behind is harmless; the next check writes another
                }
            }
        }
    }
}
