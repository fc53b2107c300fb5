package uz.natlib.libstats.service.audit;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes down every upload, download and refusal, and what administrators did, for the
 * administrators' audit page. A failure to write it is logged, never passed on to the user.
 */
@Service
public class Audit {

    private static final Logger log = LoggerFactory.getLogger(Audit.class);
    private static final int MAX_TARGET = 500;

    /** What was done. */
    public enum Action { UPLOAD, DOWNLOAD, REFUSED, SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, JOB_STARTED, PERIOD_LOCKED,
        PERIOD_UNLOCKED, CATALOGUE_IMPORT }

    /** How it ended. */
    public enum Outcome { OK, REFUSED, FAILED }

    private final AuditRepository events;

    Audit(AuditRepository events) {
        this.events = events;
    }

    public void record(String username, Action action, String target, Outcome outcome, String remoteAddress) {
        try {
            events.insert(cut(username, 64), action.name().toLowerCase(), cut(target, MAX_TARGET),
                    outcome.name().toLowerCase(), cut(remoteAddress, 64));
        } catch (RuntimeException e) {
            log.error("could not write the audit line {} {} {} {}", username, action, target, outcome, e);
        }
    }

    public List<AuditEvent> newest(int limit, int offset) {
        return events.newest(limit, offset);
    }

    public long count() {
        return events.count();
    }

    // The database refuses NUL in text; everything else a user typed is stored as typed, and shown escaped.
    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\0', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
