package uz.natlib.libstats.warehouse;

/** A submission already recorded for the same bytes. */
public record PriorSubmission(long id, String status, String originalName, String intakeName, String storedPath,
                              java.time.OffsetDateTime receivedAt) {
}
