package uz.natlib.libstats.service.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz side of a {@link ServiceJob}: which one is in the job's data. Quartz never runs one
 * job key twice at once, across every instance of a clustered scheduler
 * ({@code @DisallowConcurrentExecution}); a trigger that fires while it runs waits its turn.
 */
@DisallowConcurrentExecution
public class ServiceQuartzJob implements Job {

    static final String JOB = "job";

    private final ServiceRuns runs;

    public ServiceQuartzJob(ServiceRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        ServiceJob job = ServiceJob.valueOf(context.getMergedJobDataMap().getString(JOB));
        try {
            runs.run(job, context.getTrigger().getKey().getName());
        } catch (Exception e) {
            // Logged by ServiceRuns; Quartz needs no retry: the next slot runs (and restarts) it.
            throw new JobExecutionException(e, false);
        }
    }
}
