package uz.natlib.libstats.ingest;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
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
import uz.natlib.libstats.reading.ReturnFileReader;
import uz.natlib.libstats.validation.Validator;
import uz.natlib.libstats.warehouse.HistoryRepository;
import uz.natlib.libstats.warehouse.SubmissionStore;

/**
 * {@code ingestJob}: step {@code inboxFileIntake} takes the settled files of the inbox into the
 * work folder; step {@code returnFileLoad} checks them on every core, running ahead of the
 * writer, which stores them one by one, each in its own transaction.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final int FILES_PER_CHUNK = 16;
    /** Files checked ahead of the writer; bounds memory and the writer's memory of recent files. */
    static final int LOOK_AHEAD = 2 * FILES_PER_CHUNK;

    @Bean
    Job ingestJob(JobRepository jobRepository, Step inboxFileIntake, Step returnFileLoad) {
        return new JobBuilder("ingestJob", jobRepository).start(inboxFileIntake).next(returnFileLoad).build();
    }

    @Bean
    Step inboxFileIntake(JobRepository jobRepository, PlatformTransactionManager transactions, InboxIntake intake,
                         IngestRun run) {
        return new StepBuilder("inboxFileIntake", jobRepository)
                .tasklet((contribution, context) -> {
                    InboxIntake.Result result = intake.takeAll();
                    result.leftAlone().forEach(l -> run.add(new FileOutcome(l.file(), "", "", "left alone: " + l.reason(),
                            0, 0, 0, "inbox/" + l.file())));
                    contribution.incrementReadCount();
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }

    @Bean
    Step returnFileLoad(JobRepository jobRepository, PlatformTransactionManager transactions,
                        CheckedFileReader checkedReturnFiles, FileLoader returnFileWriter) {
        return new StepBuilder("returnFileLoad", jobRepository)
                .<CheckedFile, CheckedFile>chunk(FILES_PER_CHUNK)
                .reader(checkedReturnFiles)
                .writer(returnFileWriter)
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
    CheckedFileReader checkedReturnFiles(WorkFileReader waitingReturnFiles, ReturnFileReader reader,
                                         ReturnNormaliser normaliser, ReferenceData.Snapshot ingestReferenceData,
                                         IngestMetrics metrics, AsyncTaskExecutor returnCheckExecutor,
                                         HistoryRepository history) {
        // A plain object, not a step-scoped bean: it runs on the executor's threads, outside the step scope.
        FileChecker checker = new FileChecker(reader, normaliser, ingestReferenceData, metrics, history);
        return new CheckedFileReader(waitingReturnFiles, checker, returnCheckExecutor, LOOK_AHEAD);
    }

    // Not proxied (a record cannot be): created inside the step, injected only into step-scoped beans.
    @Bean
    @Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
    ReferenceData.Snapshot ingestReferenceData(ReferenceData referenceData) {
        return referenceData.load();
    }

    @Bean
    @StepScope
    FileLoader returnFileWriter(SubmissionStore store, Validator validator,
                                Destinations destinations, FeedbackFiles feedback,
                                PlatformTransactionManager transactions, LibstatsProperties properties,
                                ReferenceData.Snapshot ingestReferenceData, IngestMetrics metrics, IngestRun run,
                                CheckedFileReader checkedReturnFiles) {
        return new FileLoader(store, new RecentlyAccepted(LOOK_AHEAD + FILES_PER_CHUNK + 1), validator, destinations, feedback, transactions, properties,
                ingestReferenceData, metrics, run, new Progress(checkedReturnFiles.size()));
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
