package uz.natlib.libstats.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uz.natlib.libstats.ingest.IngestResult;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.vocabulary.Script;

/**
 * A job that also runs as a step of the nightly chain (the ingest) is started on its own after
 * the chain ran it: its next run number follows its own runs, not the chain's step, whose
 * instance has no run number (the service's five-minute ingest after the nightly chain).
 */
@SpringBootTest
class RunNumbersTest {

    @Autowired
    PipelineRuns pipeline;

    @Autowired
    IngestRuns ingest;

    @Test
    void anIngestOfItsOwnAfterTheChainsIngestGetsTheNextRunNumber() throws Exception {
        IngestResult before = ingest.runOnce();
        assertThat(before.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long previous = before.execution().getJobParameters().getLong(JobRuns.RUN);

        assertThat(pipeline.run(EnumSet.of(Script.LATN), EnumSet.of(ReportFormat.CSV)).completed()).isTrue();

        IngestResult after = ingest.runOnce();
        assertThat(after.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(after.execution().getJobParameters().getLong(JobRuns.RUN)).isEqualTo(previous + 1);
    }
}
