package uz.natlib.libstats.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uz.natlib.libstats.batch.JobRuns;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.consolidation.YearList;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportRequest;
import uz.natlib.libstats.reports.ReportRuns;

/**
 * {@code pipelineJob(scripts, formats)}: what {@code jobs/run} runs and the nightly schedule will
 * run. {@code ingestReturns} runs {@code ingestJob}; {@code yearsToConsolidate} records which
 * years changed and which periods to report; the decision {@code anyYearChanged} ends the run
 * when none did; otherwise {@code consolidateYears} runs {@code consolidateJob} and
 * {@code renderReports} runs {@code reportJob}. Each part is a job of its own, so the job
 * repository shows every run of every part with its counts; a failed run restarted skips the
 * parts that completed and restarts the one that failed where it failed.
 */
@Configuration(proxyBeanMethods = false)
class PipelineJobConfiguration {

    static final String SCRIPTS = "scripts";
    static final String FORMATS = "formats";
    /** Identifying parameter of each part's job: the pipeline run it belongs to. */
    static final String PIPELINE_RUN = "pipelineRun";

    /** Job execution-context keys, decided once per run so that a restart reports what the run found. */
    static final String YEARS = "years";
    static final String PERIODS = "periods";
    static final String REGIONS = "regions";

    static final String CHANGED = "CHANGED";
    static final String NOTHING_CHANGED = "NOTHING_CHANGED";

    @Bean
    Job pipelineJob(JobRepository jobRepository, Step ingestReturns, Step yearsToConsolidate,
                    Step consolidateYears, Step renderReports) {
        JobExecutionDecider anyYearChanged = (jobExecution, stepExecution) ->
                new FlowExecutionStatus(jobExecution.getExecutionContext().getString(YEARS, "").isEmpty()
                        ? NOTHING_CHANGED : CHANGED);
        return new JobBuilder("pipelineJob", jobRepository)
                .start(ingestReturns)
                .next(yearsToConsolidate)
                .next(anyYearChanged).on(NOTHING_CHANGED).end()
                .from(anyYearChanged).on(CHANGED).to(consolidateYears).next(renderReports)
                .end()
                .build();
    }

    @Bean
    Step ingestReturns(JobRepository jobRepository, JobOperator jobOperator, Job ingestJob) {
        return new StepBuilder("ingestReturns", jobRepository)
                .job(ingestJob)
                .operator(jobOperator)
                .parametersExtractor((job, step) -> partOf(step).toJobParameters())
                .build();
    }

    @Bean
    Step yearsToConsolidate(JobRepository jobRepository, PlatformTransactionManager transactions,
                            ConsolidationService consolidation) {
        ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {YEARS, PERIODS, REGIONS});
        return new StepBuilder("yearsToConsolidate", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    ReportScope scope = ReportScope.of(consolidation.changedYears(), consolidation);
                    ExecutionContext context = contribution.getStepExecution().getExecutionContext();
                    context.putString(YEARS, YearList.format(scope.years()));
                    context.putString(PERIODS, String.join(",", scope.periods()));
                    context.putString(REGIONS, String.join(",", scope.regions()));
                    return RepeatStatus.FINISHED;
                }, transactions)
                .listener(promotion)
                .build();
    }

    @Bean
    Step consolidateYears(JobRepository jobRepository, JobOperator jobOperator, Job consolidateJob) {
        return new StepBuilder("consolidateYears", jobRepository)
                .job(consolidateJob)
                .operator(jobOperator)
                .parametersExtractor((job, step) -> partOf(step)
                        .addString(YEARS, found(step).getString(YEARS))
                        .addLong("fromQuarter", 1L)
                        .toJobParameters())
                .build();
    }

    @Bean
    Step renderReports(JobRepository jobRepository, JobOperator jobOperator, Job reportJob) {
        return new StepBuilder("renderReports", jobRepository)
                .job(reportJob)
                .operator(jobOperator)
                .parametersExtractor((job, step) -> {
                    JobParameters pipeline = step.getJobParameters();
                    JobParameters request = ReportRuns.parameters(
                            ReportRequest.list(found(step).getString(PERIODS)),
                            ReportRequest.list(found(step).getString(REGIONS)),
                            ReportRequest.scripts(pipeline.getString(SCRIPTS)),
                            ReportFormat.parse(pipeline.getString(FORMATS)));
                    return new JobParametersBuilder(request).addJobParameters(partOf(step).toJobParameters())
                            .toJobParameters();
                })
                .build();
    }

    private static JobParametersBuilder partOf(StepExecution step) {
        return new JobParametersBuilder().addLong(PIPELINE_RUN, step.getJobParameters().getLong(JobRuns.RUN));
    }

    private static ExecutionContext found(StepExecution step) {
        return step.getJobExecution().getExecutionContext();
    }
}
