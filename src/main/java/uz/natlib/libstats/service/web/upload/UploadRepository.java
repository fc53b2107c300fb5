package uz.natlib.libstats.service.web.upload;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the row the inbox wrote for an uploaded file: newer than the upload and under the name it
 * was given, unique to it (the bytes alone would not do: a file the inbox cannot read is recorded
 * under a checksum of its intake, not of its bytes).
 */
@Repository
class UploadRepository {

    record Stored(long id, String status, String storedPath) {
    }

    private final JdbcClient jdbc;

    UploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest submission's id: every file received after this moment gets a larger one. */
    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from submission").query(Long.class).single();
    }

    // Looked up through the primary key from the last id before the upload: a few rows at most.
    Optional<Stored> find(long after, String name) {
        return jdbc.sql("""
                        select id, status, stored_path from submission
                        where id > ? and original_name = ?
                        order by id limit 1""")
                .param(after).param(name)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
