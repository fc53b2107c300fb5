package uz.natlib.libstats.reports;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uz.natlib.libstats.vocabulary.Script;

/**
 * {@code reportJob(periods, regions, scripts, formats)}: step {@code periodReports} renders and
 * archives the reports of each period in turn ({@code 2021Q3} for a quarter's, {@code 2021} for the
 * year's); a failed run restarted goes on with the periods not yet done. Regions, scripts and
 * formats are comma-separated (regions empty for all). The years must have been consolidated.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String PERIODS = "periods";
    static final String REGIONS = "regions";
    static final String SCRIPTS = "scripts";
    static final String FORMATS = "formats";

    @Bean
    Job reportJob(JobRepository jobRepository, Step periodReports) {
        return new JobBuilder("reportJob", jobRepository).start(periodReports).build();
    }

    // Each file is catalogued in its own statement after its atomic rename; one transaction
    // around hours of rendering would only hold locks, so the step runs without one.
    @Bean
    Step periodReports(JobRepository jobRepository, PeriodReportsTasklet periodReportsTasklet) {
        return new StepBuilder("periodReports", jobRepository)
                .tasklet(periodReportsTasklet, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    @StepScope
    PeriodReportsTasklet periodReportsTasklet(ReportService reports, ReportArchive archive,
                                              @Value("#{jobParameters['periods']}") String periods,
                                              @Value("#{jobParameters['regions'] ?: ''}") String regions,
                                              @Value("#{jobParameters['scripts'] ?: 'cyrl'}") String scripts,
                                              @Value("#{jobParameters['formats'] ?: 'pdf,xlsx,csv'}") String formats) {
        return new PeriodReportsTasklet(reports, archive, ReportRequest.periods(periods), ReportRequest.list(regions),
                ReportRequest.scripts(scripts), ReportFormat.parse(formats));
    }
}
