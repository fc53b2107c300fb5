package uz.natlib.libstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import uz.natlib.libstats.database.EmbeddedDatabase;
import uz.natlib.libstats.tools.samples.ReturnSet;

/**
 * Kills the packaged application with SIGKILL in the middle of an ingest, runs it again, and
 * compares warehouse and folders with those of a run that was never interrupted.
 */
class IngestCrashRecoveryIT {

    private static final int FILES = 240;

    @TempDir
    Path temp;

    @Test
    void givenAnIngestKilledMidway_whenRunAgain_thenWarehouseAndFoldersEqualThoseOfAnUninterruptedRun()
            throws Exception {
        Path reference = temp.resolve("reference");
        Path crashed = temp.resolve("crashed");
        Path inputs = temp.resolve("inputs");
        ReturnSet.write(inputs, FILES, 42);
        copyInto(inputs, reference.resolve("inbox"));
        copyInto(inputs, crashed.resolve("inbox"));

        assertThat(ingest(reference).waitFor(5, TimeUnit.MINUTES)).isTrue();

        Process victim = ingest(crashed);
        int archived = waitForArchivedFiles(crashed, FILES / 4, victim);
        victim.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        int leftInWork = count(crashed.resolve("work"));
        assertThat(leftInWork).as("files still waiting when killed (archived: %d)", archived).isPositive();
        System.out.printf("Killed with %d files archived and %d still in the work folder%n", archived, leftInWork);
        Process rerun = ingest(crashed);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).isZero();

        List<String> expected = warehouse(reference);
        assertThat(expected).hasSize(FILES + 1).filteredOn(row -> row.contains("|accepted|")).hasSize(FILES);
        assertThat(warehouse(crashed)).isEqualTo(expected);
        assertThat(files(crashed)).isEqualTo(files(reference));
        assertThat(count(crashed.resolve("work"))).isZero();
        assertThat(jobStatuses(crashed)).as("the killed run's execution is set straight, then restarted").containsExactly(
                "1|COMPLETED", "1|FAILED");
        assertThat(count(crashed.resolve("inbox"))).isZero();
    }

    private static Process ingest(Path home) throws IOException {
        String jar = System.getProperty("libstats.jar", "target/libstats.jar");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-XX:+UseParallelGC", "-Dlibstats.inbox.settle=0s", "-jar", jar,
                "ingest");
        builder.environment().put("LIBSTATS_HOME", home.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.redirectErrorStream(true);
        builder.redirectOutput(home.resolveSibling(home.getFileName() + "-" + System.nanoTime() + ".log").toFile());
        Files.createDirectories(home);
        return builder.start();
    }

    private static int waitForArchivedFiles(Path home, int atLeast, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            int archived = count(home.resolve("archive"));
            if (archived >= atLeast) {
                return archived;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the ingest ended or stalled before " + atLeast + " files were archived");
    }

    /** Everything the warehouse says about the files, without times and generated ids. */
    private static List<String> warehouse(Path home) {
        EmbeddedDatabase database = EmbeddedDatabase.shared(home.resolve("postgres"));
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
                "postgres", ""));
        List<String> rows = new ArrayList<>(jdbc.sql("""
                        select s.original_name || '|' || s.status || '|' || coalesce(s.district_code, '') || '|'
                            || coalesce(s.period_code, '') || '|' || s.kind || '|' || coalesce(s.version, 0) || '|'
                            || s.value_count || '|' || s.error_count || '|' || s.warning_count || '|'
                            || (select count(*) || ':' || coalesce(sum(value), 0) from data_value where submission_id = s.id)
                            || '|' || (select count(*) from validation_finding where submission_id = s.id)
                            || '|' || coalesce((select x.original_name from submission x where x.id = s.superseded_by), '')
                        from submission s order by s.original_name, s.status""")
                .query(String.class).list());
        rows.add("values " + jdbc.sql("select count(*) || ':' || coalesce(sum(value), 0) from data_value")
                .query(String.class).single());
        return rows;
    }

    private static List<String> jobStatuses(Path home) {
        EmbeddedDatabase database = EmbeddedDatabase.shared(home.resolve("postgres"));
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
                "postgres", ""));
        return jdbc.sql("""
                select dense_rank() over (order by i.job_instance_id) || '|' || e.status
                from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'ingestJob' order by e.status""").query(String.class).list();
    }

    private static List<String> files(Path home) throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("archive", "rejected", "duplicates")) {
            Path dir = home.resolve(folder);
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).map(p -> home.relativize(p).toString()).sorted().forEach(names::add);
                }
            }
        }
        return names;
    }

    /** Data files below a folder; files renamed or removed while it is walked (the job is running) are skipped. */
    private static int count(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        int[] count = {0};
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!name.contains(".feedback.") && !name.endsWith(".part")) {
                    count[0]++;
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return count[0];
    }

    private static void copyInto(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
