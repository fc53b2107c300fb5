package uz.natlib.libstats.batch;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;


/**
 * A process killed in the middle of a run leaves its executions STARTED in the job repository,
 * and a STARTED execution can be neither restarted nor followed by a new one. Once this process
 * holds the {@link RunLock}, no other process is running a job, so every such execution is dead:
 * it is marked FAILED once, before this process starts its first job, so the next run restarts it.
 */
@Component
class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final AtomicBoolean checked = new AtomicBoolean();

    StaleExecutions(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    void markFailed() {
        if (!checked.compareAndSet(false, true)) {
            return;
        }
        for (String job : jobRepository.getJobNames()) {
            for (JobExecution stale : jobRepository.findRunningJobExecutions(job)) {
                log.warn("{} execution {} was interrupted (its process died); marking it failed", job, stale.getId());
                jobOperator.recover(stale);
            }
        }
    }
}
