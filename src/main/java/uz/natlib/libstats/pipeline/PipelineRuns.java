package uz.natlib.libstats.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.batch.JobRuns;
import uz.natlib.libstats.consolidation.ConsolidationRuns;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.consolidation.YearList;
import uz.natlib.libstats.ingest.FileOutcome;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportRuns;
import uz.natlib.libstats.vocabulary.Script;
import uz.natlib.libstats.reports.WrittenFile;

/** Runs {@code pipelineJob} and reads back what each of its parts did. */
@Service
public class PipelineRuns {

    private final JobRuns jobRuns;
    private final Job pipelineJob;
    private final IngestRuns ingest;
    private final ConsolidationRuns consolidation;
    private final ReportRuns reports;
    private final ConsolidationService consolidationService;

    PipelineRuns(JobRuns jobRuns, Job pipelineJob, IngestRuns ingest, ConsolidationRuns consolidation,
                 ReportRuns reports, ConsolidationService consolidationService) {
        this.consolidationService = consolidationService;
        this.jobRuns = jobRuns;
        this.pipelineJob = pipelineJob;
        this.ingest = ingest;
        this.consolidation = consolidation;
        this.reports = reports;
    }

    /**
     * A pipeline run as its parts left it.
     *
     * @param ingest        the {@code ingestJob} run, if it started
     * @param changedYears  the years found changed after ingest (empty: nothing to consolidate)
     * @param consolidation the {@code consolidateJob} run, if it started
     * @param reports       the {@code reportJob} run, if it started
     */
    public record Result(JobExecution execution, Optional<JobExecution> ingest, List<FileOutcome> files,
                         List<Integer> changedYears, Optional<JobExecution> consolidation,
                         List<ConsolidationRuns.YearDone> yearsDone, Optional<JobExecution> reports,
                         List<WrittenFile> reportFiles) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }
    }

    public Result run(Set<Script> scripts, Set<ReportFormat> formats) throws Exception {
        JobExecution execution = jobRuns.run(pipelineJob, new JobParametersBuilder()
                .addString(PipelineJobConfiguration.SCRIPTS, codes(scripts))
                .addString(PipelineJobConfiguration.FORMATS, ReportFormat.codes(formats))
                .toJobParameters());
        return resultOf(execution);
    }

    /**
     * Makes every report again, of every year that has consolidated data (an administrator's
     * request, say after a report design changed); the figures are not consolidated again.
     */
    public ReportRuns.Result reportAgain(List<Integer> years, Set<Script> scripts, Set<ReportFormat> formats)
            throws Exception {
        ReportScope scope = ReportScope.of(years, consolidationService);
        return reports.run(scope.periods(), scope.regions(), scripts, formats);
    }

    public Result resultOf(JobExecution execution) {
        Optional<JobExecution> ingested = jobRuns.child(execution, "ingestReturns", "ingestJob");
        Optional<JobExecution> consolidated = jobRuns.child(execution, "consolidateYears", "consolidateJob");
        Optional<JobExecution> reported = jobRuns.child(execution, "renderReports", "reportJob");
        List<Integer> years = jobRuns.lastStep(execution, "yearsToConsolidate")
                .map(s -> YearList.parse(s.getExecutionContext().getString(PipelineJobConfiguration.YEARS, "")))
                .orElse(List.of());
        return new Result(execution, ingested, ingested.map(ingest::outcomesOf).orElse(List.of()), years,
                consolidated, consolidated.map(consolidation::yearsDone).orElse(List.of()), reported,
                reported.map(reports::filesOf).orElse(List.of()));
    }

    private static String codes(Set<Script> scripts) {
        // In the enum's order, whatever the set's: the same request must give the same job parameters, or a
        // killed run would never be restarted.
        return String.join(",", scripts.stream().sorted().map(Script::code).toList());
    }
}
