package uz.natlib.libstats.normalisation;

/** A quarterly return of actual figures, or an annual plan. */
public enum Kind { RETURN, PLAN }
