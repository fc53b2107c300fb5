package uz.natlib.libstats.service.schedule;

/** What the service runs, on a schedule or when asked. */
public enum ServiceJob {
    /** The inbox: every file dropped or uploaded is checked, stored and answered. Every 5 minutes by default. */
    INGEST,
    /**
     * The nightly chain, what {@code jobs/run} does: the inbox, then every year whose data
     * changed consolidated, then the reports of its periods. At 02:00 by default.
     */
    NIGHTLY,
    /** Every report made again from the current consolidation; only when an administrator asks. */
    REPORTS;

    public String code() {
        return name().toLowerCase();
    }
}
