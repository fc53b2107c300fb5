package uz.natlib.libstats.service.schedule;

import java.util.Objects;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Puts the service's jobs and their cron triggers in Quartz's store when the service starts.
 * A trigger already stored with the same expression is left alone: its next fire time is what
 * tells Quartz that a run was missed while every instance was down, and a missed run fires once
 * at start-up ("fire and proceed"), not once per missed slot. A changed expression replaces it.
 */
@Component
class Schedules implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final ScheduleProperties properties;

    Schedules(Scheduler scheduler, ScheduleProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws SchedulerException {
        for (ServiceJob job : ServiceJob.values()) {
            String cron = properties.cronOf(job);
            if (cron != null && !CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("the schedule of " + job.code() + " is not a Quartz cron expression: "
                        + cron + " (for instance '0 */5 * * * ?': second, minute, hour, day, month, weekday)");
            }
        }
        for (ServiceJob job : ServiceJob.values()) {
            JobDetail detail = JobBuilder.newJob(ServiceQuartzJob.class)
                    .withIdentity(ServiceJobs.key(job))
                    .usingJobData(ServiceQuartzJob.JOB, job.name())
                    .storeDurably()
                    .requestRecovery(false)
                    .build();
            scheduler.addJob(detail, true);
            String cron = properties.cronOf(job);
            if (cron != null) {
                schedule(job, cron);
            }
        }
    }

    private void schedule(ServiceJob job, String cron) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(job.code() + "-schedule", ServiceJobs.GROUP);
        TimeZone zone = TimeZone.getTimeZone(properties.zone());
        Trigger stored = scheduler.getTrigger(key);
        if (stored instanceof CronTrigger existing && existing.getCronExpression().equals(cron)
                && Objects.equals(existing.getTimeZone().getID(), zone.getID())) {
            log.info("Schedule of {}: '{}' ({}), next at {}", job.code(), cron, zone.getID(), existing.getNextFireTime());
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(ServiceJobs.key(job))
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        try {
            if (stored == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(key, trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            // Another instance stored it a moment ago.
            return;
        }
        log.info("Schedule of {} set to '{}' ({})", job.code(), cron, zone.getID());
    }
}
