package uz.natlib.libstats.service.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.service.schedule.ServiceJobs;

/**
 * The scheduler runs on this instance. When it does not (standby, shut down, or never started, as
 * in the service's tests) nothing fires here: no inbox check, no nightly chain.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

    private final ServiceJobs jobs;

    SchedulerHealthIndicator(ServiceJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Health health() {
        if (jobs.isSchedulerRunning()) {
            return Health.up().build();
        }
        return Health.outOfService()
                .withDetail("reason", "the scheduler is not running on this instance: no schedule fires here")
                .build();
    }
}
