package uz.natlib.libstats.ingest;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** A run of {@code ingestJob} and what became of each file in it. */
public record IngestResult(JobExecution execution, List<FileOutcome> outcomes) {

    public boolean completed() {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }
}
