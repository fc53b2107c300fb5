package uz.natlib.libstats.vocabulary;

import java.util.Locale;

/** A quarterly return of actual figures, or an annual plan. */
public enum SubmissionKind {
    RETURN, PLAN;

    /** As {@code submission.kind} and a template's hidden sheet store it: {@code return}, {@code plan}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
