package uz.natlib.libstats.database;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database (a lost connection, a server shutting down, a full disk) from
 * a failure caused by one file. The first fails the run, which the next run restarts; only the
 * second rejects the file.
 */
public final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    public static boolean isIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException) {
                return true;
            }
            if (t instanceof SQLException sql && isServerOrConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    // 08: connection exceptions; 53: insufficient resources (disk full, out of memory, too many
    // connections); 57: operator intervention (admin shutdown, terminated); 58: system errors.
    private static boolean isServerOrConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                || state.startsWith("58"));
    }
}
