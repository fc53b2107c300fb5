package uz.natlib.libstats.consolidation;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code consolidateJob(years[, fromQuarter])}: step {@code yearConsolidation} recomputes one
 * year per transaction; a failed run restarted goes on with the years not yet done.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidateJobConfiguration {

    /** Identifying parameter: the years to consolidate, comma-separated. */
    static final String YEARS = "years";
    /** Identifying parameter: the first quarter to recompute (default 1: the whole year). */
    static final String FROM_QUARTER = "fromQuarter";

    @Bean
    Job consolidateJob(JobRepository jobRepository, Step yearConsolidation) {
        return new JobBuilder("consolidateJob", jobRepository).start(yearConsolidation).build();
    }

    @Bean
    Step yearConsolidation(JobRepository jobRepository, PlatformTransactionManager transactions,
                           YearConsolidationTasklet yearConsolidationTasklet) {
        return new StepBuilder("yearConsolidation", jobRepository)
                .tasklet(yearConsolidationTasklet, transactions)
                .build();
    }

    @Bean
    @StepScope
    YearConsolidationTasklet yearConsolidationTasklet(ConsolidationService consolidation,
                                                      @Value("#{jobParameters['years']}") String years,
                                                      @Value("#{jobParameters['fromQuarter'] ?: 1}") Long fromQuarter) {
        return new YearConsolidationTasklet(consolidation, YearList.parse(years), fromQuarter.intValue());
    }
}
