package uz.natlib.libstats.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uz.natlib.libstats.vocabulary.Script;

/**
 * {@code reportJob(year, quarter, regions, scripts, formats)}: step {@code reportConsolidation}
 * consolidates the year if it never was; step {@code periodReports} renders and archives the
 * period's reports. Parameters: quarter 0 for the year's reports; regions, scripts and formats
 * comma-separated (regions empty for all).
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    @Bean
    Job reportJob(JobRepository jobRepository, Step reportConsolidation, Step periodReports) {
        return new JobBuilder("reportJob", jobRepository).start(reportConsolidation).next(periodReports).build();
    }

    @Bean
    Step reportConsolidation(JobRepository jobRepository, PlatformTransactionManager transactions,
                             ReportService reports) {
        return new StepBuilder("reportConsolidation", jobRepository)
                .tasklet((contribution, context) -> {
                    JobParameters p = context.getStepContext().getStepExecution().getJobParameters();
                    reports.ensureConsolidated(p.getLong("year").intValue());
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }

    // Each file is catalogued in its own statement after its atomic rename; one transaction
    // around hours of rendering would only hold locks, so the step runs without one.
    @Bean
    Step periodReports(JobRepository jobRepository, ReportService reports, ReportRun run) {
        return new StepBuilder("periodReports", jobRepository)
                .tasklet((contribution, context) -> {
                    JobParameters p = context.getStepContext().getStepExecution().getJobParameters();
                    int year = p.getLong("year").intValue();
                    int quarter = p.getLong("quarter", 0L).intValue();
                    List<ReportFile> files = reports.renderPeriod(year, quarter == 0 ? null : quarter,
                            list(p.getString("regions", "")), scripts(p.getString("scripts", "cyrl")),
                            ReportFormat.parse(p.getString("formats", "pdf,xlsx,csv")));
                    run.addAll(files);
                    contribution.incrementWriteCount(files.size());
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }

    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static Set<Script> scripts(String commaSeparated) {
        Set<Script> scripts = EnumSet.noneOf(Script.class);
        list(commaSeparated).forEach(s -> scripts.add(Script.of(s)));
        return scripts;
    }
}
