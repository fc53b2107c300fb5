package uz.natlib.libstats.batch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.database.RunLock;

/**
 * Starts a job the one way every command (and later every schedule) does: a failed or stopped
 * last run with the same meaningful parameters is restarted, so it resumes where it failed;
 * otherwise a new instance is started, numbered by {@value #RUN}. The inbox has no identity of
 * its own, so that number is what tells one run of the same parameters from the next.
 */
@Component
public class JobRuns {

    /** The run number: the identifying parameter that makes a new instance of the same parameters. */
    public static final String RUN = "run";

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunLock runLock;
    private final StaleExecutions staleExecutions;
    private final RunNumbersRepository runNumbers;

    JobRuns(JobOperator jobOperator, JobRepository jobRepository, RunLock runLock, StaleExecutions staleExecutions,
            RunNumbersRepository runNumbers) {
        this.runNumbers = runNumbers;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runLock = runLock;
        this.staleExecutions = staleExecutions;
    }

    /** Restarts the job's failed last run with these parameters, or starts its next run; waits for the end. */
    public JobExecution run(Job job, JobParameters meaningful) throws Exception {
        runLock.hold();
        // Safe on any database now: with the lock held, no other process is running a job.
        staleExecutions.markFailed();
        Optional<JobExecution> failed = lastExecution(job.getName())
                .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED)
                .filter(e -> withoutRunNumber(e.getJobParameters()).equals(withoutRunNumber(meaningful)));
        if (failed.isPresent()) {
            log.info("{}: restarting run {} (execution {}, {}), which ended {}", job.getName(),
                    runNumber(failed.get().getJobParameters()), failed.get().getId(),
                    describe(meaningful), failed.get().getStatus());
            return jobOperator.restart(failed.get());
        }
        long next = runNumbers.highest(job.getName()) + 1;
        JobParameters parameters = new JobParametersBuilder(meaningful).addLong(RUN, next).toJobParameters();
        return jobOperator.start(job, parameters);
    }

    private Optional<JobExecution> lastExecution(String jobName) {
        JobInstance last = jobRepository.getLastJobInstance(jobName);
        return last == null ? Optional.empty() : Optional.ofNullable(jobRepository.getLastJobExecution(last));
    }

    /**
     * The execution of the child job that a {@code JobStep} of {@code parent} ran (the last one,
     * after restarts), if that step ran.
     */
    public Optional<JobExecution> child(JobExecution parent, String stepName, String childJobName) {
        JobInstance parentInstance = parent.getJobInstance();
        StepExecution step = jobRepository.getLastStepExecution(parentInstance, stepName);
        if (step == null) {
            return Optional.empty();
        }
        Object parameters = step.getExecutionContext().get(JOB_STEP_PARAMETERS);
        if (!(parameters instanceof JobParameters childParameters)) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobRepository.getLastJobExecution(childJobName, childParameters));
    }

    /** The last execution of a step in the execution's job instance (restarts included), if it ran. */
    public Optional<StepExecution> lastStep(JobExecution execution, String stepName) {
        return Optional.ofNullable(jobRepository.getLastStepExecution(execution.getJobInstance(), stepName));
    }

    /** Every execution of the job instance, oldest first: a restarted run's work spans them all. */
    public List<JobExecution> executionsOf(JobExecution execution) {
        return jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .sorted((a, b) -> Long.compare(a.getId(), b.getId())).toList();
    }

    /** Where {@code JobStep} keeps the parameters it started its child with (for restarts). */
    private static final String JOB_STEP_PARAMETERS = "org.springframework.batch.core.step.job.JobStep.JOB_PARAMETERS";

    private static long runNumber(JobParameters parameters) {
        Long run = parameters.getLong(RUN);
        return run == null ? 0 : run;
    }

    private static Map<String, Object> withoutRunNumber(JobParameters parameters) {
        return parameters.parameters().stream()
                .filter(JobParameter::identifying)
                .filter(p -> !p.name().equals(RUN))
                .collect(Collectors.toMap(JobParameter::name, p -> Objects.toString(p.value())));
    }

    private static String describe(JobParameters parameters) {
        return withoutRunNumber(parameters).toString();
    }
}
