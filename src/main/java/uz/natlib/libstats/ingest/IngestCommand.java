package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.CommandSpec;
import uz.natlib.libstats.cli.Invocation;
import uz.natlib.libstats.cli.UsageException;
import uz.natlib.libstats.database.EmbeddedDatabase;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/** {@code jobs/ingest [DIR]}: one run of the ingest job over the inbox, DIR's files copied in first. */
@Component
public class IngestCommand implements CommandHandler {

    public static final CommandSpec SPEC = new CommandSpec("ingest",
            "Load every waiting return and plan from the inbox into the warehouse, once.",
            """
            Files dropped into $LIBSTATS_HOME/inbox (any sub-folder) are read, checked and loaded;
            each ends in archive/<year>/<quarter>/ (accepted), rejected/<date>/ or duplicates/<date>/,
            with <name>.feedback.txt (and a .feedback.xlsx marking the cells to fix) beside it.
            With DIR, DIR's files are first copied into the inbox (DIR itself is left untouched;
            README*, *.md and EXPECTED* files, which describe a folder, are not copied).
            Prints one line per file: file, district, period, outcome, errors, warnings, values.
            """,
            List.of(), "DIR");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IngestCommand.class);

    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final InboxFolders folders;
    private final IngestRun run;
    private final JobRepository jobRepository;
    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

    IngestCommand(JobOperator jobOperator, Job ingestJob, InboxFolders folders, IngestRun run,
                  JobRepository jobRepository, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
        this.jobRepository = jobRepository;
        this.embeddedDatabase = embeddedDatabase;
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.folders = folders;
        this.run = run;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        if (invocation.positional().isPresent()) {
            Path dir = Path.of(invocation.positional().get());
            if (!Files.isDirectory(dir)) {
                throw new UsageException("no such folder: " + dir);
            }
            int copied = copyIntoInbox(dir);
            System.err.printf("Copied %d file(s) from %s into %s (documentation files skipped)%n", copied, dir,
                    folders.inbox());
        }
        JobExecution execution = runOnce();
        printTable(out, run.outcomes());
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    /** Runs the job once; the outcomes of the run are in {@link IngestRun}. */
    public JobExecution runOnce() throws Exception {
        recoverInterruptedRuns();
        run.clear();
        JobExecution execution = jobOperator.start(ingestJob, new JobParametersBuilder()
                .addLong("run.at", System.currentTimeMillis()).toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("ingestJob ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
        }
        return execution;
    }

    /**
     * A process killed in the middle of a run leaves its execution STARTED in the job repository.
     * Its files are taken again from the work folder by this run; the record is set straight. Only
     * on the embedded database, whose lock guarantees that no other process is running the job.
     */
    private void recoverInterruptedRuns() {
        if (embeddedDatabase.getIfAvailable() == null) {
            return;
        }
        for (JobExecution stale : jobRepository.findRunningJobExecutions(ingestJob.getName())) {
            log.warn("ingestJob execution {} was interrupted (its process died); marking it failed", stale.getId());
            jobOperator.recover(stale);
        }
    }

    /** Copies a folder's returns into the inbox (not its documentation); returns how many. */
    public int copyIntoInbox(Path dir) throws IOException {
        Path target = folders.inbox().resolve(dir.toAbsolutePath().normalize().getFileName().toString());
        int copied = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !isDocumentation(f)).sorted().toList()) {
                Path to = target.resolve(dir.relativize(file).toString());
                Files.createDirectories(to.getParent());
                // Copied aside and renamed, keeping the original time, so the intake never sees half a file.
                Path part = to.resolveSibling(to.getFileName() + ".part");
                Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                copied++;
            }
        }
        return copied;
    }

    /** A folder of returns may carry its own description (README.md, EXPECTED.csv): that is no return. */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.startsWith("readme") || name.startsWith("EXPECTED");
    }

    public static void printTable(PrintStream out, List<FileOutcome> outcomes) {
        out.printf("%-58s %-8s %-7s %-28s %6s %8s %6s%n", "file", "district", "period", "outcome", "errors",
                "warnings", "values");
        for (FileOutcome o : outcomes) {
            out.printf("%-58s %-8s %-7s %-28s %6d %8d %6d%n", shorten(o.file(), 58), o.district(), o.period(),
                    shorten(o.outcome(), 28), o.errors(), o.warnings(), o.values());
        }
        long accepted = outcomes.stream().filter(o -> o.is(SubmissionStatus.ACCEPTED)).count();
        long rejected = outcomes.stream().filter(o -> o.is(SubmissionStatus.REJECTED)).count();
        long duplicates = outcomes.stream().filter(o -> o.is(SubmissionStatus.DUPLICATE)).count();
        long left = outcomes.stream().filter(o -> o.outcome().startsWith("left alone")).count();
        long values = outcomes.stream().mapToLong(FileOutcome::values).sum();
        out.printf("%d file(s): %d accepted, %d rejected, %d duplicate(s), %d left in the inbox; %d values loaded%n",
                outcomes.size(), accepted, rejected, duplicates, left, values);
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
