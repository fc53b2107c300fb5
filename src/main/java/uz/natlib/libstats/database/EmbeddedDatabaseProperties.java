package uz.natlib.libstats.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param ephemeral start the embedded PostgreSQL in a throw-away folder (tests) instead of the data folder
 */
@ConfigurationProperties("libstats.database.embedded")
public record EmbeddedDatabaseProperties(boolean ephemeral) {
}
