package uz.natlib.libstats.service.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.ingest.FileOutcome;
import uz.natlib.libstats.ingest.IngestResult;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportRuns;

/**
 * Runs a {@link ServiceJob} the way the one-shot commands run theirs, holding the run lock for
 * that run only (so the commands and the other instances get their turn), and says in one log
 * line what it did.
 */
@Service
public class ServiceRuns {

    private static final Logger log = LoggerFactory.getLogger(ServiceRuns.class);

    private final RunLock runLock;
    private final IngestRuns ingest;
    private final PipelineRuns pipeline;
    private final ConsolidationService consolidation;
    private final InboxFolders folders;
    private final ScheduleProperties schedule;
    private final MeterRegistry meters;

    ServiceRuns(RunLock runLock, IngestRuns ingest, PipelineRuns pipeline, ConsolidationService consolidation,
                InboxFolders folders, ScheduleProperties schedule, MeterRegistry meters) {
        this.runLock = runLock;
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.consolidation = consolidation;
        this.folders = folders;
        this.schedule = schedule;
        this.meters = meters;
    }

    /** Runs the job now, in this thread, after any run that holds the warehouse; {@code cause} is for the log. */
    public void run(ServiceJob job, String cause) throws Exception {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            String summary = runLock.during(schedule.lockWait(), () -> switch (job) {
                case INGEST -> ingest();
                case NIGHTLY -> nightly();
                case REPORTS -> reportAgain();
            });
            outcome = summary == null ? "skipped" : "completed";
            if (summary != null) {
                log.info("{} ({}): {} in {} ms", job.code(), cause, summary, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (Exception e) {
            log.error("{} ({}) failed after {} ms: {}", job.code(), cause, (System.nanoTime() - started) / 1_000_000,
                    e.getMessage(), e);
            throw e;
        } finally {
            Timer.builder("libstats.service.job").description("runs of the service's jobs")
                    .tag("job", job.code()).tag("outcome", outcome)
                    .register(meters).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** {@code null} when the inbox and the work folder are empty: no job execution for nothing, every 5 minutes. */
    private String ingest() throws Exception {
        ingest.finishInterruptedCopy();
        if (isEmpty(folders.inbox()) && isEmpty(folders.work())) {
            return null;
        }
        IngestResult result = ingest.runOnce();
        return result.execution().getStatus() + ", " + files(result.outcomes());
    }

    private String nightly() throws Exception {
        PipelineRuns.Result result = pipeline.run(schedule.scripts(), schedule.formats());
        return result.execution().getStatus() + ", " + files(result.files()) + "; years consolidated "
                + result.changedYears() + "; " + result.reportFiles().size() + " report files";
    }

    private String reportAgain() throws Exception {
        ReportRuns.Result result = pipeline.reportAgain(consolidation.consolidatedYears(), schedule.scripts(),
                schedule.formats());
        return result.execution().getStatus() + ", " + result.files().size() + " report files";
    }

    private static String files(java.util.List<FileOutcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return outcomes.size() + " file(s) " + counts;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
