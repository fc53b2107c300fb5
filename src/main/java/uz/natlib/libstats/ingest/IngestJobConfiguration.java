package uz.natlib.libstats.ingest;

import java.util.ArrayList;
import java.util.concurrent.Future;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.feedback.FeedbackFiles;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.inbox.InboxIntake;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.normalisation.ReturnNormaliser;
import uz.natlib.libstats.reading.ReadingLimits;
import uz.natlib.libstats.reading.ReturnFileReader;
import uz.natlib.libstats.validation.Validator;
import uz.natlib.libstats.warehouse.HistoryRepository;
import uz.natlib.libstats.warehouse.SubmissionRepository;

/**
 * {@code ingestJob}: step {@code inboxFileIntake} takes the settled files of the inbox into the
 * work folder; step {@code returnFileLoad} reads the work folder, checks each chunk's files on
 * every core ({@code returnFileChecker}, started ahead of the writer: reading, identifying, normalising and the
 * rules that need only the file) and stores them one by one as they are checked
 * ({@code submissionWriter}), each in its own transaction. A failed run restarted with the same parameters takes the inbox again and goes on
 * with what is left in the work folder.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String LEFT_ALONE = "leftAlone";
    static final String TAKEN = "taken";

    static final int FILES_PER_CHUNK = 32;
    static final int CHECKED_AHEAD = 2 * FILES_PER_CHUNK;

    @Bean
    Job ingestJob(JobRepository jobRepository, Step inboxFileIntake, Step returnFileLoad, Step historyReview) {
        return new JobBuilder("ingestJob", jobRepository).start(inboxFileIntake).next(returnFileLoad)
                .next(historyReview).build();
    }

    // Run again on a restart: the accepted files of every execution of the run are judged against the
    // warehouse as it now is, which a review done twice leaves as one done once.
    @Bean
    Step historyReview(JobRepository jobRepository, PlatformTransactionManager transactions,
                       HistoryReview acceptedFilesReview) {
        return new StepBuilder("historyReview", jobRepository)
                .tasklet(acceptedFilesReview, transactions)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    HistoryReview acceptedFilesReview(SubmissionRepository store, HistoryRepository history, Validator validator,
                                      ReturnFileReader reader, ReturnNormaliser normaliser,
                                      ReferenceData.Snapshot ingestReferenceData, FeedbackFiles feedback,
                                      ReadingLimits limits, JobRepository jobRepository,
                                      PlatformTransactionManager transactions,
                                      AsyncTaskExecutor returnCheckExecutor, CheckedFigures kept) {
        return new HistoryReview(store, history, validator, reader, normaliser, ingestReferenceData, feedback, limits,
                jobRepository, transactions, returnCheckExecutor, kept);
    }

    // Taking the inbox again on a restart is harmless and brings in what arrived meanwhile.
    @Bean
    Step inboxFileIntake(JobRepository jobRepository, PlatformTransactionManager transactions, InboxIntake intake,
                         CheckedFigures kept) {
        return new StepBuilder("inboxFileIntake", jobRepository)
                .tasklet((contribution, context) -> {
                    kept.clear(); // what a crashed run left: its files are read again rather than trusted
                    InboxIntake.Result result = intake.takeAll();
                    ArrayList<String> leftAlone = new ArrayList<>();
                    result.leftAlone().forEach(l -> leftAlone.add(l.file() + '\t' + l.reason()));
                    var executionContext = contribution.getStepExecution().getExecutionContext();
                    executionContext.put(LEFT_ALONE, leftAlone);
                    executionContext.putInt(TAKEN, result.taken());
                    contribution.incrementReadCount();
                    return RepeatStatus.FINISHED;
                }, transactions)
                .allowStartIfComplete(true)
                .build();
    }

    // The checks run on the checking threads, started ahead of the writer (CheckingAhead), so that the
    // writer stores each file as soon as it is checked while the files after it, of this chunk and
    // the next, are being checked: checking (CPU) and storing (database) overlap instead of taking turns.
    @Bean
    Step returnFileLoad(JobRepository jobRepository, PlatformTransactionManager transactions,
                        WorkFileReader waitingReturnFiles, FileChecker returnFileChecker,
                        SubmissionWriter submissionWriter, AsyncTaskExecutor returnCheckExecutor) {
        CheckingAhead checkedAhead = new CheckingAhead(waitingReturnFiles, returnFileChecker, returnCheckExecutor,
                CHECKED_AHEAD);
        return new StepBuilder("returnFileLoad", jobRepository)
                .<Future<CheckedFile>, Future<CheckedFile>>chunk(FILES_PER_CHUNK)
                .reader(checkedAhead)
                .writer(submissionWriter)
                .transactionManager(transactions)
                .build();
    }

    @Bean
    @StepScope
    WorkFileReader waitingReturnFiles(InboxFolders folders) {
        return new WorkFileReader(folders.work());
    }

    @Bean
    @StepScope
    FileChecker returnFileChecker(ReturnFileReader reader, ReturnNormaliser normaliser,
                                  ReferenceData.Snapshot ingestReferenceData, IngestMetrics metrics,
                                  Validator validator, ReadingLimits limits, CheckedFigures kept) {
        return new FileChecker(reader, normaliser, ingestReferenceData, metrics, validator, limits, kept);
    }

    // Not proxied (a record cannot be): created inside the step, injected only into step-scoped beans.
    @Bean
    @Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
    ReferenceData.Snapshot ingestReferenceData(ReferenceData referenceData) {
        return referenceData.load();
    }

    @Bean
    @StepScope
    SubmissionWriter submissionWriter(SubmissionRepository store, Validator validator, Destinations destinations,
                                      FeedbackFiles feedback, PlatformTransactionManager transactions,
                                      ReferenceData.Snapshot ingestReferenceData, IngestMetrics metrics,
                                      WorkFileReader waitingReturnFiles, ReadingLimits limits,
                                      @Value("#{stepExecution}") StepExecution stepExecution) {
        return new SubmissionWriter(new SubmissionRecorder(store, destinations),
                new FileDelivery(feedback, ingestReferenceData, limits, store), store, transactions, stepExecution, metrics,
                new Progress(waitingReturnFiles.size()));
    }

    /** As many threads as cores: checking a file is CPU work once its bytes are read. */
    @Bean
    AsyncTaskExecutor returnCheckExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int cores = Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setThreadNamePrefix("return-check-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
