package uz.natlib.libstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import uz.natlib.libstats.database.EmbeddedDatabase;

/**
 * {@code jobs/run DIR} killed with SIGKILL at moments spread over its phases (copy into the
 * inbox, intake, loading, the history review, consolidation, reports), each time followed by one
 * plain {@code jobs/run}: the warehouse, the consolidated figures, the report catalogue, the
 * report files and the folders must equal those of a run never interrupted, with no temporary
 * file left and no execution left STARTED. The warehouse is a PostgreSQL server of the test's
 * own, one database per trial, so that a kill leaves nothing but what the application left.
 *
 * <p>By default one kill per phase (6) and the three cut connections; {@code -Dcrash.kills=20}
 * spreads more kills over the phases, {@code -Dcrash.phases=LOAD,REPORTS} and
 * {@code -Dcrash.trials=N} aim them; the table of trials is printed and written to
 * {@code target/pipeline-crash-trials.txt}.
 */
class PipelineCrashIT {

    private static final List<String> REPORTS = List.of("--script", "cyrl", "--format", "csv");

    /** Where a trial strikes, and how: a SIGKILL, or the database cutting every connection of the run. */
    private enum Phase {
        COPY, INTAKE, LOAD, REVIEW, CONSOLIDATION, REPORTS, CUT_IN_LOAD, CUT_IN_CONSOLIDATION, CUT_IN_REPORTS;

        boolean cuts() {
            return name().startsWith("CUT_");
        }
    }

    @TempDir
    Path temp;

    private EmbeddedDatabase server;

    @Test
    void givenRunsKilledAtMomentsSpreadOverEveryPhase_whenRunAgain_thenEachEndsAsAnUninterruptedRun() throws Exception {
        server = EmbeddedDatabase.shared(temp.resolve("server"));
        Path input = Path.of("sample-input").toAbsolutePath();
        List<Phase> phases = System.getProperty("crash.phases") == null ? defaultTrials()
                : Stream.of(System.getProperty("crash.phases").split(",")).map(Phase::valueOf).toList();
        int trials = Integer.getInteger("crash.trials", phases.size());

        Path reference = temp.resolve("reference");
        long referenceStart = System.nanoTime();
        Process uninterrupted = run(reference, "reference", "reference-1", input,
                "-XX:ArchiveClassesAtExit=" + classArchive());
        assertThat(uninterrupted.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(uninterrupted.exitValue()).isZero();
        long referenceMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - referenceStart);
        List<String> expected = snapshot(reference, "reference");
        assertThat(expected).anyMatch(l -> l.startsWith("report|")).anyMatch(l -> l.startsWith("consolidated|"));

        List<String> table = new ArrayList<>();
        table.add(String.format("reference run: %d ms; %d trials", referenceMillis, trials));
        table.add(String.format("%-5s %-13s %-60s %s", "trial", "aimed at", "state when killed", "after one plain run"));
        List<String> failures = new ArrayList<>();
        // Two trials at a time: a run is mostly one thread (start-up, the writer), and CI has two cores.
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("crash.parallel", 2));
        List<Future<String[]>> running = new ArrayList<>();
        long seed = Long.getLong("crash.seed", 20261206L);
        for (int t = 1; t <= trials; t++) {
            int trial = t;
            Phase aim = phases.get((t - 1) % phases.size());
            running.add(pool.submit(() -> trial(trial, aim, input, expected, new Random(seed + trial))));
        }
        for (Future<String[]> done : running) {
            String[] row = done.get();
            table.add(row[0]);
            if (row[1] != null) {
                failures.add(row[1]);
            }
        }
        pool.shutdown();
        keepLogs();
        String report = String.join("\n", table);
        System.out.println(report);
        Files.writeString(Path.of("target", "pipeline-crash-trials.txt"), report + "\n", StandardCharsets.UTF_8);
        assertThat(failures).as(report).isEmpty();
    }

    /** One trial: its row of the table, and its failure ({@code null} if it ended as the reference did). */
    private String[] trial(int t, Phase aim, Path input, List<String> expected, Random random) throws Exception {
        String database = "trial" + t;
        Path home = temp.resolve(database);
        Process victim = run(home, database, database + "-killed", input);
        String state = strike(aim, victim, home, database, database + "-killed", random);
        Process recovery = run(home, database, database + "-recovery", null);
        boolean ended = recovery.waitFor(10, TimeUnit.MINUTES);
        List<String> actual = ended ? snapshot(home, database) : List.of("recovery did not end");
        String verdict = !ended ? "DID NOT END"
                : recovery.exitValue() != 0 ? "EXIT " + recovery.exitValue()
                : actual.equals(expected) ? "identical" : "DIFFERENT: " + difference(expected, actual);
        String row = String.format("%-5d %-13s %-60s %s", t, aim, state, verdict);
        return new String[] {row, verdict.equals("identical") ? null : "trial " + t + " (" + aim + ", " + state + "): "
                + verdict};
    }

    /** 20 kills spread over the six phases, then one cut of the connections in each of three. */
    private static List<Phase> defaultTrials() {
        List<Phase> kills = Stream.of(Phase.values()).filter(p -> !p.cuts()).toList();
        List<Phase> trials = new ArrayList<>();
        // One kill per phase by default, to keep CI within its time (each trial is two runs of the whole
        // pipeline, reports included); -Dcrash.kills=20 for more.
        int killCount = Integer.getInteger("crash.kills", kills.size());
        for (int t = 0; t < killCount; t++) {
            trials.add(kills.get(t % kills.size()));
        }
        Stream.of(Phase.values()).filter(Phase::cuts).forEach(trials::add);
        return trials;
    }

    /**
     * Kills the run, or cuts its connections, once it reaches the phase aimed at (plus a random
     * moment into it); says where it was.
     */
    private String strike(Phase aim, Process victim, Path home, String database, String log, Random random)
            throws Exception {
        // Drawn once: how many files or reports must exist when the kill comes.
        int files = 1 + random.nextInt(60);
        int copied = 1 + random.nextInt(40);
        int reports = 1 + random.nextInt(40);
        Predicate<Path> reached = switch (aim) {
            case COPY -> h -> count(h.resolve("inbox")) >= copied;
            case INTAKE -> h -> count(h.resolve("work")) >= 1;
            case LOAD -> h -> count(h.resolve("archive")) + count(h.resolve("rejected")) >= files;
            case REVIEW -> h -> loggedAllFilesDone(h, log);
            case CONSOLIDATION -> h -> logged(h, log, "History review:");
            case REPORTS -> h -> count(h.resolve("reports")) >= reports;
            case CUT_IN_LOAD -> h -> count(h.resolve("archive")) + count(h.resolve("rejected")) >= files;
            case CUT_IN_CONSOLIDATION -> h -> logged(h, log, "History review:");
            case CUT_IN_REPORTS -> h -> count(h.resolve("reports")) >= reports;
        };
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (victim.isAlive() && !reached.test(home) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        if (aim == Phase.REVIEW || aim == Phase.CONSOLIDATION || aim == Phase.CUT_IN_CONSOLIDATION) {
            Thread.sleep(random.nextInt(600));
        }
        boolean wasAlive = victim.isAlive();
        String state;
        if (aim.cuts()) {
            int cut = jdbc("postgres").sql("""
                            select count(pg_terminate_backend(pid)) from pg_stat_activity
                            where datname = ? and pid <> pg_backend_pid()""")
                    .param(database).query(Integer.class).single();
            state = "cut " + cut + " connection(s); " + state(home, log);
            if (!victim.waitFor(5, TimeUnit.MINUTES)) {
                victim.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
                state += " (still running after 5 min: killed)";
            } else {
                state += " (ended, exit " + victim.exitValue() + ")";
            }
        } else {
            victim.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            state = state(home, log);
        }
        return (wasAlive ? "" : "(had ended) ") + state;
    }

    /** The runs' output, kept for whoever reads a failure. */
    private void keepLogs() throws IOException {
        Path kept = Path.of("target", "pipeline-crash-logs");
        Files.createDirectories(kept);
        try (Stream<Path> logs = Files.list(temp)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String state(Path home, String log) throws IOException {
        String last = lastMarker(home, log);
        return String.format("%s; inbox %d, work %d, stored %d, reports %d", last, count(home.resolve("inbox")),
                count(home.resolve("work")), count(home.resolve("archive")) + count(home.resolve("rejected"))
                        + count(home.resolve("duplicates")), count(home.resolve("reports")));
    }

    private static String lastMarker(Path home, String log) throws IOException {
        String marker = "before any phase";
        for (String line : Files.readAllLines(home.resolveSibling(log + ".log"), StandardCharsets.UTF_8)) {
            if (line.startsWith("Copied ")) {
                marker = "copied";
            } else if (line.contains("Inbox: ")) {
                marker = "taken";
            } else if (line.contains("Ingest: ")) {
                marker = "loading " + line.substring(line.indexOf("Ingest: ") + 8, line.indexOf(" files"));
            } else if (line.contains("History review:")) {
                marker = "reviewed";
            } else if (line.contains("Consolidated ")) {
                marker = "consolidated";
            } else if (line.contains("Rendered ")) {
                marker = "rendering";
            }
        }
        return marker;
    }

    private static final java.util.regex.Pattern ALL_DONE = java.util.regex.Pattern.compile("Ingest: (\\d+)/\\1 files done");

    private static boolean loggedAllFilesDone(Path home, String log) {
        try {
            return ALL_DONE.matcher(Files.readString(home.resolveSibling(log + ".log"), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean logged(Path home, String log, String text) {
        try {
            return Files.readString(home.resolveSibling(log + ".log"), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    // The classes the reference run loaded, shared by every later run: each starts about a second sooner.
    private Path classArchive() {
        return temp.resolve("classes.jsa");
    }

    private Process run(Path home, String database, String log, Path input) throws IOException {
        return run(home, database, log, input, Files.exists(classArchive())
                ? "-XX:SharedArchiveFile=" + classArchive() : "-Xshare:auto");
    }

    private Process run(Path home, String database, String log, Path input, String classSharing) throws IOException {
        createDatabase(database);
        String jar = System.getProperty("libstats.jar", "target/libstats.jar");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", classSharing,
                "-Dlibstats.inbox.settle=0s", "-jar", jar, "run"));
        if (input != null) {
            command.add(input.toString());
        }
        command.addAll(REPORTS);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LIBSTATS_HOME", home.toString());
        builder.environment().put("SPRING_DATASOURCE_URL", url(database));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.redirectErrorStream(true);
        builder.redirectOutput(home.resolveSibling(log + ".log").toFile());
        Files.createDirectories(home);
        return builder.start();
    }

    private synchronized void createDatabase(String database) {
        JdbcClient admin = jdbc("postgres");
        if (admin.sql("select count(*) from pg_database where datname = ?").param(database).query(Long.class).single() == 0) {
            admin.sql("create database " + database).update();
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    private JdbcClient jdbc(String database) {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url(database), "postgres", ""));
    }

    /** What a run leaves, without times, generated ids or run numbers. */
    private List<String> snapshot(Path home, String database) throws IOException {
        JdbcClient jdbc = jdbc(database);
        List<String> lines = new ArrayList<>(jdbc.sql("""
                        select 'submission|' || s.original_name || '|' || s.status || '|' || coalesce(s.district_code, '')
                            || '|' || coalesce(s.period_code, '') || '|' || s.kind || '|' || coalesce(s.version, 0) || '|'
                            || s.value_count || '|' || s.error_count || '|' || s.warning_count || '|'
                            || (select count(*) || ':' || coalesce(sum(value), 0) from data_value where submission_id = s.id)
                            || '|' || coalesce((select string_agg(f.rule || '@' || coalesce(f.cell, '') || '=' || f.message_en,
                                                   ';' order by f.id)
                                                from validation_finding f where f.submission_id = s.id), '')
                            || '|' || coalesce((select x.original_name from submission x where x.id = s.superseded_by), '')
                        from submission s order by s.original_name, s.status""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                        select 'consolidated|' || v.year || '|' || count(*) || '|' || coalesce(sum(v.value), 0) || '|'
                            || md5(string_agg(v.quarter || v.span || v.territory_code || v.indicator_id || v.measure_key
                                   || coalesce(v.value::text, '-'), ',' order by v.quarter, v.span, v.territory_code,
                                   v.indicator_id, v.measure_key))
                        from consolidated_value v
                        where v.run_id = (select max(r.id) from consolidation_run r where r.year = v.year)
                        group by v.year order by v.year""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                        select 'completeness|' || c.year || '|' || count(*) || '|'
                            || md5(string_agg(c.quarter || c.territory_code || c.expected || '/' || c.accepted || '/'
                                   || c.only_rejected || '/' || c.nothing_received, ','
                                   order by c.quarter, c.territory_code))
                        from completeness c
                        where c.run_id = (select max(r.id) from consolidation_run r where r.year = c.year)
                        group by c.year order by c.year""").query(String.class).list());
        lines.addAll(jdbc.sql("""
                        select 'report|' || report_type || '|' || period_code || '|' || territory_code || '|' || script
                            || '|' || format || '|' || path
                        from report order by report_type, period_code, territory_code, script, format""")
                .query(String.class).list());
        lines.addAll(jdbc.sql("""
                        select 'unfinished|' || i.job_name || '|' || e.status
                        from batch_job_execution e join batch_job_instance i using (job_instance_id)
                        where e.status in ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')""").query(String.class).list());
        for (String folder : List.of("inbox", "work", "archive", "rejected", "duplicates", "reports")) {
            Path dir = home.resolve(folder);
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).map(p -> "file|" + home.relativize(p)).sorted().forEach(lines::add);
                }
            }
        }
        return lines;
    }

    private static String difference(List<String> expected, List<String> actual) {
        List<String> missing = expected.stream().filter(l -> !actual.contains(l)).limit(3).toList();
        List<String> extra = actual.stream().filter(l -> !expected.contains(l)).limit(3).toList();
        return "missing " + missing + ", extra " + extra;
    }

    /** Regular files below a folder; files moved while it is walked are skipped. */
    private static int count(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        int[] count = {0};
        try {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    String name = file.getFileName().toString();
                    if (!name.contains(".feedback.") && !name.endsWith(".part") && !name.startsWith(".")
                            && !name.endsWith(".name")) {
                        count[0]++;
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return count[0];
        }
        return count[0];
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + (File.separatorChar == '\\' ? ".exe" : "");
    }
}
