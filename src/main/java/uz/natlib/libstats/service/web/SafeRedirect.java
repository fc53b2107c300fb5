package uz.natlib.libstats.service.web;

/** A place to send the user back to, taken from a form: only a path on this site, never elsewhere. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    public static String localPath(String back) {
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//")
                || back.contains("\\") || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
