package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import uz.natlib.libstats.database.EmbeddedDatabase;
import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.tools.samples.ReturnSet;

/**
 * {@code jobs/run DIR} while another run holds the warehouse (an external server, where no
 * data-folder lock can tell runs apart; the other run is this test holding the run lock, as the
 * service does during its runs): a command waits its turn, then runs; a command told to wait one
 * second at most refuses with a message before it touches a file (not even the copy into the inbox).
 */
class ConcurrentRunIT {

    private static final int FILES = 400;

    @TempDir
    Path temp;

    @Test
    void givenARunInProgress_whenCommandsStart_thenOneWaitsItsTurnAndOneRefusesAfterItsWait() throws Exception {
        EmbeddedDatabase server = EmbeddedDatabase.shared(temp.resolve("server"));
        Path home = temp.resolve("home");
        Path inputs = temp.resolve("inputs");
        ReturnSet.write(inputs, FILES, 7);

        long start = System.nanoTime();
        Process waiting;
        try (Connection otherRun = DriverManager.getConnection(server.jdbcUrl())) {
            try (PreparedStatement lock = otherRun.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, RunLock.KEY);
                lock.execute();
            }
            waiting = run(home, inputs, server, "waiting", "PT15M");
            Process impatient = run(home, inputs, server, "impatient", "PT1S");
            assertThat(impatient.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(impatient.exitValue()).isEqualTo(1);
            String refused = Files.readString(home.resolveSibling("impatient.log"));
            assertThat(refused).contains("Another libstats process is running on this warehouse", "Boshqa libstats jarayoni")
                    .doesNotContain("Copied", "Inbox:", "taken for processing");

            Path waitingLog = home.resolveSibling("waiting.log");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(waitingLog).contains("waiting for it to finish")) {
                assertThat(System.nanoTime()).as("the command says it waits").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(waiting.isAlive()).isTrue();
            assertThat(Files.readString(waitingLog)).contains("kutyapman").doesNotContain("Copied");
        }
        // The other run ended (its session closed): the waiting command goes on.
        assertThat(waiting.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(waiting.exitValue()).isZero();
        System.out.printf("One command waited its turn, the other refused after a second; all ended %d ms after the start%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(),
                "postgres", ""));
        assertThat(jdbc.sql("select count(*) from submission where status = 'accepted'").query(Long.class).single())
                .isEqualTo(FILES);
        assertThat(jdbc.sql("select count(*) from batch_job_instance where job_name = 'pipelineJob'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from batch_job_execution where status <> 'COMPLETED'")
                .query(Long.class).single()).isZero();
        try (Stream<Path> work = Files.list(home.resolve("work"))) {
            assertThat(work).isEmpty();
        }
    }

    private static Process run(Path home, Path inputs, EmbeddedDatabase server, String name, String lockWait)
            throws IOException {
        String jar = System.getProperty("libstats.jar", "target/libstats.jar");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:+UseParallelGC", "-Dlibstats.inbox.settle=0s",
                "-Dlibstats.run-lock.wait=" + lockWait, "-jar", jar,
                "run", inputs.toString(), "--script", "cyrl", "--format", "csv");
        builder.environment().put("LIBSTATS_HOME", home.toString());
        builder.environment().put("SPRING_DATASOURCE_URL", server.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.redirectErrorStream(true);
        builder.redirectOutput(home.resolveSibling(name + ".log").toFile());
        Files.createDirectories(home);
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
