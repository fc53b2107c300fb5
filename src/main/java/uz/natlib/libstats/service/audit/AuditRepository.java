package uz.natlib.libstats.service.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code audit_event}. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String username, String action, String target, String outcome, String remoteAddress) {
        jdbc.sql("""
                        insert into audit_event (username, action, target, outcome, remote_address)
                        values (:user, :action, :target, :outcome, :address)""")
                .param("user", username).param("action", action).param("target", target)
                .param("outcome", outcome).param("address", remoteAddress)
                .update();
    }

    List<AuditEvent> newest(int limit, int offset) {
        return jdbc.sql("""
                        select id, at, username, action, target, outcome, remote_address from audit_event
                        order by id desc limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
