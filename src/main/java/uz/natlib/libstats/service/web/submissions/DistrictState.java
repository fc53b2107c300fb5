package uz.natlib.libstats.service.web.submissions;

/**
 * Where a district stands for a period: its current accepted file's state, else its latest
 * file's; {@link #MISSING} when nothing came.
 */
public enum DistrictState {
    MISSING, RECEIVED, ACCEPTED, WARNINGS, REJECTED, SUPERSEDED, DUPLICATE;

    /** {@code warnings}: the suffix of the CSS class {@code state-…} and of the message key. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** From a submission's stored status; an accepted file with warnings is told apart. */
    public static DistrictState of(String status, int warnings) {
        if (status == null) {
            return MISSING;
        }
        DistrictState state = valueOf(status.toUpperCase(java.util.Locale.ROOT));
        return state == ACCEPTED && warnings > 0 ? WARNINGS : state;
    }
}
