package uz.natlib.libstats.vocabulary;

/** Errors reject the whole file; warnings let it load; info records a normalisation that changed a value. */
public enum Severity { ERROR, WARNING, INFO }
