package uz.natlib.libstats.catalogue;

/** A kind of number an indicator reports (titles, copies, events, megabytes, ...). */
public record Measure(String key, String labelCyrl, String labelLatn, String labelEn, boolean decimals) {
}
