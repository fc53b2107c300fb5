package uz.natlib.libstats.users;

/** What a user may see and do. */
public enum Role {
    /** Users, jobs and period locks, and everything an analyst sees. */
    ADMIN,
    /** National: reads everything. */
    ANALYST,
    /** Bound to one region: its own districts' submissions, templates, uploads and reports, plus the national reports. */
    REGIONAL;

    public String authority() {
        return "ROLE_" + name();
    }
}
