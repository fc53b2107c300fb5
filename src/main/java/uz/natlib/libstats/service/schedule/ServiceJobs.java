package uz.natlib.libstats.service.schedule;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.stereotype.Component;

/**
 * The service's jobs as the pages see them: start one now (an upload, an administrator), see
 * whether one is running here, when it runs next. Starting goes through Quartz, so a job started
 * by hand still never runs twice at once, on this instance or another.
 */
@Component
public class ServiceJobs {

    static final String GROUP = "libstats";

    private final Scheduler scheduler;

    ServiceJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    static JobKey key(ServiceJob job) {
        return JobKey.jobKey(job.code(), GROUP);
    }

    /** Fires the job now; if it is running (here or on another instance) it runs again right after. */
    public void startNow(ServiceJob job) {
        try {
            scheduler.triggerJob(key(job));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start " + job.code() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the job is running on this instance now. */
    public boolean isRunningHere(ServiceJob job) {
        try {
            for (JobExecutionContext running : scheduler.getCurrentlyExecutingJobs()) {
                if (running.getJobDetail().getKey().equals(key(job))) {
                    return true;
                }
            }
            return false;
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** When the job's schedule fires next, if it has one. */
    public Optional<Instant> nextRun(ServiceJob job) {
        try {
            return scheduler.getTriggersOfJob(key(job)).stream()
                    .map(Trigger::getNextFireTime).filter(java.util.Objects::nonNull)
                    .min(Date::compareTo).map(Date::toInstant);
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    /** Whether the scheduler is started and not shut down: for the health check. */
    public boolean isSchedulerRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }
}
