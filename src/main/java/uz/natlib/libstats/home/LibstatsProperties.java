package uz.natlib.libstats.home;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application keeps its runtime data (embedded database, inbox, archive, reports).
 *
 * @param home the data folder: {@code LIBSTATS_HOME}, default {@code ./var}
 */
@ConfigurationProperties("libstats")
public record LibstatsProperties(Path home) {

    public LibstatsProperties {
        if (home == null) {
            home = Path.of("var");
        }
        home = home.toAbsolutePath().normalize();
    }
}
