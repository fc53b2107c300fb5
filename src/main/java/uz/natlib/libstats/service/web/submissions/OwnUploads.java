package uz.natlib.libstats.service.web.submissions;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * The files uploaded in this session. A file whose district could not be told belongs to no
 * region, so no regional user could see it; its sender must still see why it was rejected.
 */
public final class OwnUploads {

    private static final String KEY = OwnUploads.class.getName();
    private static final int KEPT = 200;

    private OwnUploads() {
    }

    public static void remember(HttpSession session, long submissionId) {
        synchronized (session) {
            Set<Long> ids = ids(session);
            if (ids.size() >= KEPT) {
                ids.remove(ids.iterator().next());
            }
            ids.add(submissionId);
            session.setAttribute(KEY, ids);
        }
    }

    static boolean contains(HttpSession session, long submissionId) {
        if (session == null) {
            return false;
        }
        synchronized (session) {
            return ids(session).contains(submissionId);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> ids(HttpSession session) {
        return session.getAttribute(KEY) instanceof LinkedHashSet<?> set ? (Set<Long>) set : new LinkedHashSet<>();
    }
}
