package uz.natlib.libstats.warehouse;

/**
 * A file as received: its original name, fingerprint and the name it carries in the work folder.
 *
 * @param templateVersion the template version the file claims, if any
 */
public record ReceivedFile(String originalName, String sha256, String intakeName, String templateVersion) {
}
