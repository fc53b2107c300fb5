package uz.natlib.libstats.service.web.jobs;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * One execution of a Spring Batch job as the jobs page shows it: its steps' counts summed, the
 * step running now (if any), and for an ingest, what became of its files.
 *
 * @param created     when it was asked for (start is null until it starts)
 * @param runningStep the step running now, or null
 */
public record JobRun(long id, String jobName, String status, ZonedDateTime created, ZonedDateTime start,
              ZonedDateTime end, String exitCode, String exitMessage, int steps, int stepsDone, long read,
              long written, long skipped, String runningStep, long runningRead, long runningWritten,
              long filesAccepted, long filesRejected, long filesDuplicate) {

    private static final int SHORT_MESSAGE = 160;

    public boolean isRunning() {
        return "STARTED".equals(status) || "STARTING".equals(status) || "STOPPING".equals(status);
    }

    public long files() {
        return filesAccepted + filesRejected + filesDuplicate;
    }

    /** How long it ran, or has run so far; null if it never started. */
    public Duration duration(ZonedDateTime now) {
        if (start == null) {
            return null;
        }
        ZonedDateTime until = end != null ? end : isRunning() ? now : null;
        return until == null ? null : Duration.between(start, until);
    }

    /** The exit message's first line, cut short: a failure's stack trace belongs in the log, not on the page. */
    public String shortExitMessage() {
        if (exitMessage == null || exitMessage.isBlank()) {
            return "";
        }
        String first = exitMessage.strip().lines().findFirst().orElse("");
        return first.length() <= SHORT_MESSAGE ? first : first.substring(0, SHORT_MESSAGE) + "…";
    }
}
