package uz.natlib.libstats.reports;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.batch.JobRuns;
import uz.natlib.libstats.vocabulary.Script;

/** Runs {@code reportJob} and reads back, from its execution context, the files it wrote. */
@Service
public class ReportRuns {

    private final JobRuns jobRuns;
    private final Job reportJob;

    ReportRuns(JobRuns jobRuns, Job reportJob) {
        this.jobRuns = jobRuns;
        this.reportJob = reportJob;
    }

    public record Result(JobExecution execution, List<WrittenFile> files) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }
    }

    /**
     * @param periods period codes: {@code 2021Q3} for a quarter's reports, {@code 2021} for the year's
     * @param regions region codes; empty for all regions
     */
    public Result run(List<String> periods, Collection<String> regions, Set<Script> scripts,
                      Set<ReportFormat> formats) throws Exception {
        JobExecution execution = jobRuns.run(reportJob, parameters(periods, regions, scripts, formats));
        return new Result(execution, filesOf(execution));
    }

    /** The job parameters of a request, as {@code reportJob} and the pipeline's report step take them. */
    public static JobParameters parameters(List<String> periods, Collection<String> regions, Set<Script> scripts,
                                           Set<ReportFormat> formats) {
        return new JobParametersBuilder()
                .addString(ReportJobConfiguration.PERIODS, String.join(",", periods))
                // Sorted, whatever the collections' order: a killed run is restarted only under the same parameters.
                .addString(ReportJobConfiguration.REGIONS, String.join(",", regions.stream().sorted().toList()))
                .addString(ReportJobConfiguration.SCRIPTS,
                        scripts.stream().sorted().map(Script::code).collect(Collectors.joining(",")))
                .addString(ReportJobConfiguration.FORMATS, ReportFormat.codes(formats))
                .toJobParameters();
    }

    /** The files a run of {@code reportJob} has written so far, restarts included, in the order written. */
    public List<WrittenFile> filesOf(JobExecution execution) {
        return jobRuns.lastStep(execution, "periodReports")
                .map(step -> WrittenFile.lines(step.getExecutionContext().get(PeriodReportsTasklet.FILES)).stream()
                        .map(WrittenFile::parse).toList())
                .orElse(List.of());
    }
}
