package uz.natlib.libstats.service.web.jobs;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * A run as one row of the jobs page shows it: times in Tashkent, the duration as h:mm:ss, the
 * job's name as a message key when it is one of ours.
 *
 * @param nameKey     the message key of the job's readable name, or null for a job this page does not know
 * @param stateClass  the CSS class of its status
 */
public record JobRow(JobRun run, String nameKey, String stateClass, String created, String start, String end,
                     String duration) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Set<String> STATUSES = Set.of("COMPLETED", "STARTING", "STARTED", "STOPPING", "STOPPED",
            "FAILED", "ABANDONED", "UNKNOWN");
    private static final Set<String> KNOWN = Set.of("pipelineJob", "ingestJob", "consolidateJob", "reportJob");

    static JobRow of(JobRun run, ZonedDateTime now) {
        return new JobRow(run, KNOWN.contains(run.jobName()) ? "jobs.name." + run.jobName() : null,
                stateClass(run.status()), time(run.created()), time(run.start()), time(run.end()),
                duration(run.duration(now)));
    }

    static String time(ZonedDateTime at) {
        return at == null ? "" : TIME.format(at);
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.toSeconds());
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static String stateClass(String status) {
        return switch (status == null ? "" : status) {
            case "COMPLETED" -> "state-accepted";
            case "FAILED" -> "state-rejected";
            case "STARTED", "STARTING", "STOPPING" -> "state-received";
            case "STOPPED", "ABANDONED" -> "state-warnings";
            default -> "state-missing";
        };
    }

    /** The message key of the status, for the statuses Spring Batch has; null for anything else. */
    public String statusKey() {
        return STATUSES.contains(run.status()) ? "jobs.status." + run.status() : null;
    }
}
