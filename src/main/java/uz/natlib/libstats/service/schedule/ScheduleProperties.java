package uz.natlib.libstats.service.schedule;

import java.time.Duration;
import java.time.ZoneId;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.vocabulary.Script;

/**
 * When the service runs its jobs: Quartz cron expressions, in {@code zone}.
 *
 * @param inbox     the ingest of the inbox (default every 5 minutes)
 * @param nightly   the nightly chain (default 02:00)
 * @param zone      the time zone of both (default Asia/Tashkent)
 * @param lockWait  how long a run waits for another run on the same warehouse before giving up its turn
 * @param formats   the report formats the nightly chain makes (default all)
 * @param scripts   the scripts of its reports (default both)
 */
@ConfigurationProperties("libstats.schedule")
public record ScheduleProperties(String inbox, String nightly, ZoneId zone, Duration lockWait,
                                 Set<ReportFormat> formats, Set<Script> scripts) {

    public ScheduleProperties {
        formats = formats == null || formats.isEmpty() ? EnumSet.allOf(ReportFormat.class) : EnumSet.copyOf(formats);
        scripts = scripts == null || scripts.isEmpty() ? EnumSet.allOf(Script.class) : EnumSet.copyOf(scripts);
        inbox = inbox == null || inbox.isBlank() ? "0 */5 * * * ?" : inbox.strip();
        nightly = nightly == null || nightly.isBlank() ? "0 0 2 * * ?" : nightly.strip();
        zone = zone == null ? ZoneId.of("Asia/Tashkent") : zone;
        lockWait = lockWait == null ? Duration.ofHours(1) : lockWait;
    }

    public String cronOf(ServiceJob job) {
        return switch (job) {
            case INGEST -> inbox;
            case NIGHTLY -> nightly;
            case REPORTS -> null;
        };
    }
}
