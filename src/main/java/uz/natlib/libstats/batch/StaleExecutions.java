package uz.natlib.libstats.batch;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.database.RunLock;


/**
 * A process killed in the middle of a run leaves its executions STARTED in the job repository,
 * and a STARTED execution can be neither restarted nor followed by a new one. Once this process
 * holds the {@link RunLock}, no other process is running a job, so every such execution is dead:
 * it is marked FAILED once per taking of the lock, before the first job under it, so the next run restarts it.
 * So is an execution left UNKNOWN (its failure could not be recorded because the database went
 * away): every step of ours can be run again safely (files stay in the work folder until their
 * fate is stored; each year, each period is one transaction), so restarting it is too.
 */
@Component
class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final AtomicLong checkedGeneration = new AtomicLong(-1);
    private final RunLock runLock;

    private final UnknownExecutionsRepository unknown;

    StaleExecutions(JobOperator jobOperator, JobRepository jobRepository, UnknownExecutionsRepository unknown,
                    RunLock runLock) {
        this.unknown = unknown;
        this.runLock = runLock;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    void markFailed() {
        // Once per taking of the lock: a command takes it once; the service takes it for each run.
        long generation = runLock.generation();
        if (checkedGeneration.getAndSet(generation) == generation) {
            return;
        }
        for (String job : jobRepository.getJobNames()) {
            for (JobExecution stale : jobRepository.findRunningJobExecutions(job)) {
                log.warn("{} execution {} was interrupted (its process died); marking it failed", job, stale.getId());
                jobOperator.recover(stale);
            }
        }
        for (long id : unknown.executionIds()) {
            JobExecution execution = jobRepository.getJobExecution(id);
            if (execution == null) {
                continue;
            }
            log.warn("{} execution {} ended UNKNOWN (the database went away); marking it failed", execution.getJobInstance()
                    .getJobName(), id);
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED);
                    if (step.getEndTime() == null) {
                        step.setEndTime(LocalDateTime.now());
                    }
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("ended UNKNOWN; marked failed to be restarted"));
            if (execution.getEndTime() == null) {
                execution.setEndTime(LocalDateTime.now());
            }
            jobRepository.update(execution);
        }
    }
}
