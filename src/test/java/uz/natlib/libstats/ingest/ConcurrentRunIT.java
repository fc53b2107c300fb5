package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import uz.natlib.libstats.database.EmbeddedDatabase;
import uz.natlib.libstats.tools.samples.ReturnSet;

/**
 * Two {@code jobs/run DIR} started together on one warehouse (an external server, where no
 * data-folder lock can tell them apart) and one data folder: one does the work, the other refuses
 * at once with a message, before it touches a file (not even the copy into the inbox).
 */
class ConcurrentRunIT {

    private static final int FILES = 400;

    @TempDir
    Path temp;

    @Test
    void givenARunInProgress_whenASecondStartsOnTheSameWarehouse_thenItRefusesAtOnceAndTheFirstFinishesAlone()
            throws Exception {
        EmbeddedDatabase server = EmbeddedDatabase.shared(temp.resolve("server"));
        Path home = temp.resolve("home");
        Path inputs = temp.resolve("inputs");
        ReturnSet.write(inputs, FILES, 7);

        long start = System.nanoTime();
        Process first = run(home, inputs, server, "first");
        Process second = run(home, inputs, server, "second");
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();

        // Whichever took the lock first did the work; the other refused (the order is the machine's).
        String refusedLog = first.exitValue() == 1 ? "first.log" : "second.log";
        assertThat(java.util.List.of(first.exitValue(), second.exitValue())).containsExactlyInAnyOrder(0, 1);
        String refused = Files.readString(home.resolveSibling(refusedLog));
        assertThat(refused).contains("Another libstats process is running on this warehouse", "Boshqa libstats jarayoni")
                .doesNotContain("Copied", "Inbox:", "taken for processing");
        System.out.printf("Both started together; %s refused; both had ended %d ms after the start%n", refusedLog,
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

    private static Process run(Path home, Path inputs, EmbeddedDatabase server, String name) throws IOException {
        String jar = System.getProperty("libstats.jar", "target/libstats.jar");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-Dlibstats.inbox.settle=0s", "-jar", jar,
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
