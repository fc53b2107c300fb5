package uz.natlib.libstats.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One process at a time runs jobs on a warehouse and its data folder. The process that runs
 * holds a PostgreSQL session-level advisory lock on a connection of its own for as long as it
 * lives; PostgreSQL frees it when that session ends, however the process ended (even
 * {@code kill -9}, or a cut connection). So a second process is refused at once, before it
 * touches a file, and the process that does get the lock knows that every execution still
 * STARTED in the job repository belongs to a dead process (see {@code StaleExecutions}), on an
 * external server as on the embedded one.
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    /** "libstats" in ASCII: the advisory lock's key, the same for every process of this application. */
    static final long KEY = 0x6c69627374617473L;

    // Per database and per JVM: several application contexts of one process (tests) share the lock.
    private static final Map<String, Connection> HELD = new ConcurrentHashMap<>();

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Holds the lock from now until this process ends, or refuses.
     *
     * @throws AnotherRunInProgress when another process holds it
     */
    public void hold() {
        String url = url();
        synchronized (HELD) {
            Connection held = HELD.get(url);
            if (held != null && isAlive(held)) {
                return;
            }
            Connection connection = connect(url);
            if (!tryLock(connection)) {
                close(connection);
                throw new AnotherRunInProgress();
            }
            HELD.put(url, connection);
        }
    }

    private String url() {
        HikariDataSource pool = (HikariDataSource) unwrap();
        return pool.getJdbcUrl() + "|" + pool.getUsername();
    }

    private DataSource unwrap() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : dataSource;
        } catch (SQLException e) {
            return dataSource;
        }
    }

    // Not from the pool: a pooled connection is closed with its context, and the lock must live with the process.
    private Connection connect(String key) {
        HikariDataSource pool = (HikariDataSource) unwrap();
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
            log.debug("closing a connection that did not get the lock", e);
        }
    }

    /** Another process is running jobs on this warehouse: this one refuses before touching anything. */
    public static class AnotherRunInProgress extends IllegalStateException {

        AnotherRunInProgress() {
            super("Бошқа libstats жараёни шу омборда ишламоқда; у тугагач, қайта ишга туширинг."
                    + " / Boshqa libstats jarayoni shu omborda ishlamoqda; u tugagach, qayta ishga tushiring."
                    + " / Another libstats process is running on this warehouse; run again when it has finished.");
        }
    }
}
