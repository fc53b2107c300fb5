package uz.natlib.libstats.vocabulary;

import java.util.Locale;

/** Where a received file stands. Only an accepted submission counts in consolidation. */
public enum SubmissionStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED,
    /** Accepted once, then replaced by a later file for the same district, period and kind. */
    SUPERSEDED,
    /** The same bytes arrived before; nothing of it is loaded again. */
    DUPLICATE;

    /** As {@code submission.status} stores it: {@code accepted}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
