package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uz.natlib.libstats.database.EmbeddedDatabase;

/**
 * "SPRING_DATASOURCE_URL: use this PostgreSQL server; no embedded server is started." The external server
 * here is the test JVM's own throw-away PostgreSQL (or the server the test run itself was pointed at), so
 * the test needs no PostgreSQL service on the machine. The command runs in a fresh data folder with the
 * embedded server's data set to live there: had the command started an embedded server, that folder would
 * have a {@code postgres/} in it.
 */
class ExternalDatabaseTest {

    @TempDir
    Path home;

    @Test
    void givenSpringDatasourceUrl_whenACommandRuns_thenItUsesThatServerAndStartsNoEmbeddedOne() {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        String url = external != null && !external.isBlank() ? external : EmbeddedDatabase.shared(null).jdbcUrl();
        List<String> properties = List.of("spring.datasource.url", "libstats.home", "libstats.database.embedded.ephemeral");
        System.setProperty("spring.datasource.url", url);
        System.setProperty("libstats.home", home.toString());
        System.setProperty("libstats.database.embedded.ephemeral", "false");
        CommandLineRun run;
        try {
            run = CommandLineRun.of("catalogue", "--year", "2021");
        } finally {
            properties.forEach(System::clearProperty);
        }
        assertThat(run.status()).as(run.stderr()).isZero();
        // the 2021 table, from the migrated database of that server
        assertThat(run.stdout().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("code,seed_number,"));
        assertThat(run.stdout()).contains("10.10,10.10,X,");
        assertThat(home.resolve("postgres")).doesNotExist();
        assertThat(run.stderr()).doesNotContain("Embedded PostgreSQL on port");
    }
}
