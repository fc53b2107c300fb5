package uz.natlib.libstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.vocabulary.Script;

/**
 * pipelineJob on the sample input: one execution whose parts are executions of their own jobs,
 * and a run that failed while rendering reports resumes there when run again.
 */
@SpringBootTest
class PipelineJobTest {

    @Autowired
    PipelineRuns pipeline;

    @Autowired
    IngestRuns ingest;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Test
    void givenTheReportStepFailsMidway_whenRunAgain_thenTheSameRunResumesWithTheNextPeriodAndNothingEarlierIsRedone()
            throws Exception {
        TestWarehouse.empty(jdbc, properties);
        ingest.copyIntoInbox(Path.of("sample-input"));
        Path reports = properties.home().resolve("reports").resolve("2021");
        if (Files.exists(reports)) {
            try (var walk = Files.walk(reports)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(reports);
        // The fault: a plain file where the second quarter's folder must go, so rendering Q2 fails.
        Path blocker = reports.resolve("2021Q2");
        Files.writeString(blocker, "not a folder");
        try {
            PipelineRuns.Result failed = pipeline.run(EnumSet.of(Script.CYRL), EnumSet.of(ReportFormat.CSV));

            assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.ingest()).get().extracting(JobExecution::getStatus).isEqualTo(BatchStatus.COMPLETED);
            assertThat(failed.consolidation()).get().extracting(JobExecution::getStatus)
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(failed.reports()).get().extracting(JobExecution::getStatus).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.changedYears()).containsExactly(2021, 2022);
            assertThat(failed.files()).filteredOn(f -> f.outcome().equals("accepted")).hasSize(78 + 39);
            assertThat(failed.reportFiles()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.periodCode()).isEqualTo("2021Q1"));
            Path firstQuarter = reports.resolve("2021Q1").resolve("region-quarter_1706_cyrl.csv");
            FileTime renderedBefore = Files.getLastModifiedTime(firstQuarter);
            int renderedInFailedRun = failed.reportFiles().size();

            Files.delete(blocker);
            PipelineRuns.Result resumed = pipeline.run(EnumSet.of(Script.CYRL), EnumSet.of(ReportFormat.CSV));

            assertThat(resumed.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(resumed.execution().getJobInstance().getInstanceId())
                    .isEqualTo(failed.execution().getJobInstance().getInstanceId());
            assertThat(executions(resumed.ingest().orElseThrow())).isEqualTo(1);
            assertThat(executions(resumed.consolidation().orElseThrow())).isEqualTo(1);
            assertThat(executions(resumed.reports().orElseThrow())).isEqualTo(2);
            assertThat(Files.getLastModifiedTime(firstQuarter)).isEqualTo(renderedBefore);
            assertThat(resumed.reportFiles()).hasSizeGreaterThan(renderedInFailedRun)
                    .extracting(f -> f.periodCode())
                    .contains("2021Q1", "2021Q2", "2021Q3", "2021Q4", "2021", "2022Q1", "2022Q2")
                    .allSatisfy(p -> assertThat(p).matches("2021(Q[1-4])?|2022(Q[124])?"));
            for (String period : List.of("2021Q2", "2021Q3", "2021Q4")) {
                assertThat(reports.resolve(period).resolve("region-quarter_1706_cyrl.csv")).isNotEmptyFile();
            }
            assertThat(reports.resolve("2021").resolve("nation-year_17_cyrl.csv")).isNotEmptyFile();
        } finally {
            if (Files.isRegularFile(blocker)) {
                Files.delete(blocker);
            }
        }
    }

    @Test
    void givenNothingNew_whenRun_thenTheDecisionEndsTheRunAfterIngestWithoutConsolidatingOrReporting()
            throws Exception {
        TestWarehouse.empty(jdbc, properties);
        pipeline.run(EnumSet.of(Script.LATN), EnumSet.of(ReportFormat.CSV));

        PipelineRuns.Result idle = pipeline.run(EnumSet.of(Script.LATN), EnumSet.of(ReportFormat.CSV));

        assertThat(idle.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(idle.ingest()).get().extracting(JobExecution::getStatus).isEqualTo(BatchStatus.COMPLETED);
        assertThat(idle.changedYears()).isEmpty();
        assertThat(idle.consolidation()).isEmpty();
        assertThat(idle.reports()).isEmpty();
        assertThat(idle.execution().getStepExecutions()).extracting(s -> s.getStepName())
                .containsExactly("ingestReturns", "yearsToConsolidate");
    }

    private long executions(JobExecution child) {
        return jobRepository.getJobExecutions(child.getJobInstance()).size();
    }
}
