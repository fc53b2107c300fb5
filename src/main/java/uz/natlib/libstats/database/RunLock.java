package uz.natlib.libstats.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.cli.ExplainedFailure;

/**
 * One run at a time on a warehouse and its data folder, whoever starts it: a command, the
 * service's schedule, a page. The run holds a PostgreSQL session-level advisory lock on a
 * connection of its own; PostgreSQL frees it when that session ends, however the holder ended
 * (even {@code kill -9}, or a cut connection). So whoever takes the lock knows that every
 * execution still STARTED in the job repository belongs to a dead run (see
 * {@code StaleExecutions}), on an external server as on the embedded one.
 *
 * <p>Two ways to hold it:
 * <ul>
 * <li>a one-shot command {@link #hold() holds} it for as long as its process lives, waiting
 *     first (up to {@code libstats.run-lock.wait}) while another run has it, for instance the
 *     service's five-minute ingest;</li>
 * <li>the service takes it {@link #during for one run} and gives it back, so that the commands
 *     and the other instances of the service get their turn.</li>
 * </ul>
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    /** "libstats" in ASCII: the advisory lock's key, the same for every process of this application. */
    public static final long KEY = 0x6c69627374617473L;

    private static final Duration POLL = Duration.ofMillis(500);

    // Per database and per JVM: several application contexts of one process (tests) share the lock.
    private static final Map<String, Connection> HELD = new ConcurrentHashMap<>();
    private static final AtomicLong GENERATION = new AtomicLong();

    private final DataSource dataSource;
    private final Duration commandWait;
    private final ThreadLocal<Long> heldForRun = new ThreadLocal<>();

    RunLock(DataSource dataSource, @Value("${libstats.run-lock.wait:PT15M}") Duration commandWait) {
        this.dataSource = dataSource;
        this.commandWait = commandWait;
    }

    /**
     * A one-shot command's hold: from now until this process ends. Returns at once inside
     * {@link #during}, whose run already holds it.
     *
     * @throws AnotherRunInProgress when another run keeps it longer than {@code libstats.run-lock.wait}
     */
    public void hold() {
        if (heldForRun.get() != null) {
            return;
        }
        String url = url();
        synchronized (HELD) {
            Connection held = HELD.get(url);
            if (held != null && isAlive(held)) {
                return;
            }
            HELD.put(url, take(commandWait, true));
            GENERATION.incrementAndGet();
        }
    }

    /**
     * Runs {@code work} holding the lock, then gives it back: the service's way. Waits up to
     * {@code wait} for another run to finish.
     *
     * @throws AnotherRunInProgress when another run keeps the lock longer than that
     */
    public <T> T during(Duration wait, Callable<T> work) throws Exception {
        if (heldForRun.get() != null) {
            return work.call();
        }
        if (heldByThisProcess()) {
            // A command of this very process holds it for the process's life (tests mix both ways):
            // this run is that process's, and nothing new was taken, so nothing is stale.
            heldForRun.set(GENERATION.get());
            try {
                return work.call();
            } finally {
                heldForRun.remove();
            }
        }
        Connection connection = take(wait, false);
        heldForRun.set(GENERATION.incrementAndGet());
        try {
            return work.call();
        } finally {
            heldForRun.remove();
            release(connection);
        }
    }

    private boolean heldByThisProcess() {
        Connection held = HELD.get(url());
        return held != null && isAlive(held);
    }

    /**
     * Changes each time a run takes the lock anew: whoever cleans up after dead runs does it once
     * per generation.
     */
    public long generation() {
        Long run = heldForRun.get();
        return run != null ? run : GENERATION.get();
    }

    private Connection take(Duration wait, boolean sayWhenWaiting) {
        Connection connection = connect();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean said = false;
        try {
            while (!tryLock(connection)) {
                if (System.nanoTime() >= deadline) {
                    close(connection);
                    throw new AnotherRunInProgress();
                }
                if (sayWhenWaiting && !said) {
                    System.err.println(WAITING);
                    said = true;
                }
                Thread.sleep(POLL.toMillis());
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(connection);
            throw new AnotherRunInProgress();
        }
    }

    private static final String WAITING = "Бошқа иш (хизмат ёки бошқа буйруқ) шу омборда ишламоқда; у тугашини кутяпман."
            + " / Boshqa ish (xizmat yoki boshqa buyruq) shu omborda ishlamoqda; u tugashini kutyapman."
            + " / Another run (the service's or another command's) is working on this warehouse; waiting for it to finish.";

    private String url() {
        HikariDataSource pool = pool();
        return pool.getJdbcUrl() + "|" + pool.getUsername();
    }

    private HikariDataSource pool() {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("the run lock needs the application's connection pool", e);
        }
    }

    // Not from the pool: a pooled connection is closed with its context, and a command's lock must live with the process.
    private Connection connect() {
        HikariDataSource pool = pool();
        try {
            Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + pool.getJdbcUrl() + " to take the run lock", e);
        }
    }

    private static boolean tryLock(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock", e);
        }
    }

    private static void release(Connection connection) {
        // Closing the session frees its advisory locks; unlocking first says so at once.
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, KEY);
            statement.execute();
        } catch (SQLException e) {
            log.debug("unlocking the run lock; closing its session frees it anyway", e);
        }
        close(connection);
    }

    private static boolean isAlive(Connection connection) {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing a run-lock connection", e);
        }
    }

    /** Another run is working on this warehouse and did not finish in time: this one refuses before touching anything. */
    public static class AnotherRunInProgress extends IllegalStateException implements ExplainedFailure {

        AnotherRunInProgress() {
            super("Бошқа libstats жараёни шу омборда ишламоқда; у тугагач, қайта ишга туширинг."
                    + " / Boshqa libstats jarayoni shu omborda ishlamoqda; u tugagach, qayta ishga tushiring."
                    + " / Another libstats process is running on this warehouse; run again when it has finished.");
        }
    }
}
