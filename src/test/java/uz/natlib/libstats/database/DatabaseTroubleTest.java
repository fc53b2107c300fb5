package uz.natlib.libstats.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

class DatabaseTroubleTest {

    @Test
    void givenALostConnectionOrAServerShuttingDown_whenAsked_thenItIsTheDatabasesTrouble() {
        assertThat(DatabaseTrouble.isIn(new DataAccessResourceFailureException("I/O error"))).isTrue();
        assertThat(DatabaseTrouble.isIn(new UncategorizedSQLException("copy", "copy",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseTrouble.isIn(new IllegalStateException("COPY failed",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(DatabaseTrouble.isIn(new SQLException("could not extend file: No space left on device", "53100")))
                .isTrue();
    }

    @Test
    void givenAFailureCausedByTheFilesContent_whenAsked_thenItIsNot() {
        assertThat(DatabaseTrouble.isIn(new DataIntegrityViolationException("value too long"))).isFalse();
        assertThat(DatabaseTrouble.isIn(new IllegalStateException("COPY failed",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isFalse();
        assertThat(DatabaseTrouble.isIn(new IllegalArgumentException("no"))).isFalse();
    }
}
