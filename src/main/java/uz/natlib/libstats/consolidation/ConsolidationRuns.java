package uz.natlib.libstats.consolidation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.batch.JobRuns;

/** Runs {@code consolidateJob} and reads back, from its execution context, the run of each year. */
@Service
public class ConsolidationRuns {

    private final JobRuns jobRuns;
    private final Job consolidateJob;

    ConsolidationRuns(JobRuns jobRuns, Job consolidateJob) {
        this.jobRuns = jobRuns;
        this.consolidateJob = consolidateJob;
    }

    /** A year consolidated by a run of the job: its consolidation run and the figures written. */
    public record YearDone(int year, long run, long figures) {
    }

    public record Result(JobExecution execution, List<YearDone> years) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }
    }

    public Result run(List<Integer> years, int fromQuarter) throws Exception {
        JobExecution execution = jobRuns.run(consolidateJob, new JobParametersBuilder()
                .addString(ConsolidateJobConfiguration.YEARS, YearList.format(years))
                .addLong(ConsolidateJobConfiguration.FROM_QUARTER, (long) fromQuarter)
                .toJobParameters());
        return new Result(execution, yearsDone(execution));
    }

    /** The years a run of {@code consolidateJob} has consolidated so far, restarts included. */
    public List<YearDone> yearsDone(JobExecution execution) {
        List<YearDone> done = new ArrayList<>();
        jobRuns.lastStep(execution, "yearConsolidation").ifPresent(step -> {
            for (String entry : step.getExecutionContext().getString(YearConsolidationTasklet.RUNS, "").split(",")) {
                if (!entry.isEmpty()) {
                    String[] parts = entry.split(":");
                    done.add(new YearDone(Integer.parseInt(parts[0]), Long.parseLong(parts[1]),
                            Long.parseLong(parts[2])));
                }
            }
        });
        return done;
    }
}
