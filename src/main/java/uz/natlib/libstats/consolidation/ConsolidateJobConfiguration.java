package uz.natlib.libstats.consolidation;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code consolidateJob(year[, fromQuarter])}: one step, the consolidation in one transaction. */
@Configuration(proxyBeanMethods = false)
class ConsolidateJobConfiguration {

    @Bean
    Job consolidateJob(JobRepository jobRepository, Step yearConsolidation) {
        return new JobBuilder("consolidateJob", jobRepository).start(yearConsolidation).build();
    }

    @Bean
    Step yearConsolidation(JobRepository jobRepository, PlatformTransactionManager transactions,
                           ConsolidationService consolidation) {
        return new StepBuilder("yearConsolidation", jobRepository)
                .tasklet((contribution, context) -> {
                    var parameters = context.getStepContext().getStepExecution().getJobParameters();
                    long year = parameters.getLong("year");
                    Long fromQuarter = parameters.getLong("fromQuarter");
                    ConsolidationService.Result result = consolidation.consolidate((int) year,
                            fromQuarter == null ? 1 : fromQuarter.intValue());
                    contribution.incrementWriteCount(result.values());
                    context.getStepContext().getStepExecution().getExecutionContext().putLong("run", result.runId());
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }
}
