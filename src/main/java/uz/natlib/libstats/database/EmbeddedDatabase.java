package uz.natlib.libstats.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data folder and JVM. Every Spring context of a test run
 * shares it; the server stops when the JVM exits.
 *
 * <p>While another process (the service, {@code jobs/serve}) runs the server of a data folder, a
 * command started on that folder connects to that server instead of refusing: the run lock,
 * not the server, keeps their runs apart.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Optional<Path>, EmbeddedDatabase> RUNNING = new HashMap<>();

    private final int port;
    private final boolean borrowed;
    // Kept so that the server's owner lives as long as this JVM, which stops it on exit.
    private final EmbeddedPostgres owned;

    private EmbeddedDatabase(int port, EmbeddedPostgres owned) {
        this.port = port;
        this.borrowed = owned == null;
        this.owned = owned;
    }

    /**
     * The server on {@code dataDirectory}, started on first use; {@code null} means a throw-away
     * folder that is removed when the JVM exits.
     */
    public static synchronized EmbeddedDatabase shared(Path dataDirectory) {
        return RUNNING.computeIfAbsent(Optional.ofNullable(dataDirectory), d -> start(dataDirectory));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    public int port() {
        return port;
    }

    /** Whether the server belongs to another process, which will stop it when it ends. */
    public boolean borrowed() {
        return borrowed;
    }

    private static EmbeddedDatabase start(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("fsync", "on")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (dataDirectory == null) {
                builder.setCleanDataDirectory(true);
            } else {
                Files.createDirectories(dataDirectory);
                Optional<Integer> running = serverOfAnotherProcess(dataDirectory);
                if (running.isPresent()) {
                    log.info("Using the embedded PostgreSQL of the process running on {} (port {})", dataDirectory,
                            running.get());
                    return new EmbeddedDatabase(running.get(), null);
                }
                stopOrphanedServer(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {} ready after {} ms", postgres.getPort(),
                    dataDirectory == null ? "a temporary folder" : dataDirectory,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(postgres.getPort(), postgres);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw new IllegalStateException("Another libstats process is using the database in " + dataDirectory
                        + "; wait for it to finish, or set LIBSTATS_HOME to another data folder.", e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + " (as root it needs user namespaces for 'unshare -U'; or set SPRING_DATASOURCE_URL)", e);
        }
    }

    /**
     * A process killed with SIGKILL leaves its PostgreSQL server running (pg_ctl detaches it).
     * The embedded lock file is free by then, so the server is ours to stop before starting anew.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || isLockedByAnotherJvm(dataDirectory)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping PostgreSQL server {} left running by an earlier process that was killed", pid);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }

    /**
     * The port of the server that another live process started on this folder: its embedded lock
     * is held and PostgreSQL's own pid file names a running postgres and its port (fourth line).
     */
    private static Optional<Integer> serverOfAnotherProcess(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || !isLockedByAnotherJvm(dataDirectory)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && port > 0 && port < 65536 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isLockedByAnotherJvm(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (var channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
            var held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }
}
