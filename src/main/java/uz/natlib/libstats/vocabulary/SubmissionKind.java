package uz.natlib.libstats.vocabulary;

/** A quarterly return of actual figures, or an annual plan. */
public enum SubmissionKind { RETURN, PLAN }
