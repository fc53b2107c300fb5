package uz.natlib.libstats.service.audit;

import java.time.OffsetDateTime;

/** One line of the audit: who did what to which thing, and how it ended. */
public record AuditEvent(long id, OffsetDateTime at, String username, String action, String target, String outcome,
                         String remoteAddress) {
}
