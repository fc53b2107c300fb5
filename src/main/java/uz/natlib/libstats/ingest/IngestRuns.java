package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.batch.JobRuns;
import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.inbox.InboxIntake;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.warehouse.ProcessedFile;
import uz.natlib.libstats.warehouse.SubmissionRepository;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/** Runs {@code ingestJob} and reads back what became of each file, from the job repository and the warehouse. */
@Service
public class IngestRuns {

    private final JobRuns jobRuns;
    private final Job ingestJob;
    private final InboxFolders folders;
    private final SubmissionRepository store;
    private final LibstatsProperties properties;
    private final RunLock runLock;

    IngestRuns(JobRuns jobRuns, Job ingestJob, InboxFolders folders, SubmissionRepository store,
               LibstatsProperties properties, RunLock runLock) {
        this.runLock = runLock;
        this.jobRuns = jobRuns;
        this.ingestJob = ingestJob;
        this.folders = folders;
        this.store = store;
        this.properties = properties;
    }

    /** One run over the inbox (or the restart of a failed one), with its outcomes. */
    public IngestResult runOnce() throws Exception {
        JobExecution execution = jobRuns.run(ingestJob, new JobParameters());
        if (!execution.getStatus().equals(org.springframework.batch.core.BatchStatus.COMPLETED)) {
            System.err.println("ingestJob ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
        }
        return new IngestResult(execution, outcomesOf(execution));
    }

    /**
     * What became of each file in the run: the files left in the inbox first, then every file
     * stored, in the order stored, over all executions of the run (a restarted run included).
     */
    public List<FileOutcome> outcomesOf(JobExecution execution) {
        List<JobExecution> executions = jobRuns.executionsOf(execution);
        List<FileOutcome> outcomes = new ArrayList<>();
        jobRuns.lastStep(execution, "inboxFileIntake").stream()
                .map(StepExecution::getExecutionContext)
                .filter(c -> c.containsKey(IngestJobConfiguration.LEFT_ALONE))
                .flatMap(c -> ((List<?>) c.get(IngestJobConfiguration.LEFT_ALONE)).stream())
                .map(String::valueOf)
                .forEach(line -> {
                    String[] parts = line.split("\t", 2);
                    outcomes.add(new FileOutcome(parts[0], "", "", "left alone: " + (parts.length > 1 ? parts[1] : ""),
                            0, 0, 0, "inbox/" + parts[0], null));
                });
        for (ProcessedFile file : store.processedBy(executions.stream().map(JobExecution::getId).toList())) {
            outcomes.add(outcome(file));
        }
        return outcomes;
    }

    private FileOutcome outcome(ProcessedFile file) {
        // Accepted in this run and superseded since, by a later file of the same run or another.
        SubmissionStatus outcome = file.status() == SubmissionStatus.SUPERSEDED ? SubmissionStatus.ACCEPTED : file.status();
        String path = file.storedPath() == null ? "" : relative(Path.of(file.storedPath()));
        // The reason a rejected file's feedback lists first (errors first, in the order found).
        Finding firstError = outcome != SubmissionStatus.REJECTED ? null
                : store.findingsOf(file.id()).stream().filter(Finding::isError).findFirst().orElse(null);
        return new FileOutcome(file.originalName(), file.districtCode() == null ? "" : file.districtCode(),
                file.periodCode() == null ? "" : file.periodCode(), outcome.code(), file.errors(), file.warnings(),
                file.values(), path, firstError);
    }

    private String relative(Path stored) {
        Path home = properties.home().toAbsolutePath().normalize();
        Path absolute = stored.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : stored.toString();
    }

    /**
     * Copies a folder's returns into the inbox (not its documentation, nor an Office lock file); returns how many. Which
     * folder is being copied is recorded first, so that a copy cut short (the process killed) is
     * finished by the next run, see {@link #finishInterruptedCopy()}.
     */
    public int copyIntoInbox(Path dir) throws IOException {
        // Refused here, before a file is touched, when another process is running.
        runLock.hold();
        finishInterruptedCopy();
        Path source = dir.toAbsolutePath().normalize();
        Path pending = pendingCopy();
        Files.createDirectories(pending.getParent());
        Files.writeString(pending, source.toString(), StandardCharsets.UTF_8);
        int copied = copy(source, false);
        Files.delete(pending);
        return copied;
    }

    /**
     * Finishes a copy into the inbox that a killed process left unfinished: the files not yet in
     * the inbox, the work folder or the warehouse are copied; returns how many.
     */
    public int finishInterruptedCopy() throws IOException {
        runLock.hold();
        Path pending = pendingCopy();
        if (!Files.isRegularFile(pending, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Path source = Path.of(Files.readString(pending, StandardCharsets.UTF_8).strip());
        int copied = Files.isDirectory(source) ? copy(source, true) : 0;
        System.err.printf("Finished copying %s into the inbox, cut short by an earlier run: %d more file(s)%n",
                ShownText.of(source.toString()), copied);
        Files.delete(pending);
        return copied;
    }

    private Path pendingCopy() {
        return properties.home().resolve("copy-into-inbox.pending");
    }

    private int copy(Path source, boolean resuming) throws IOException {
        Path target = folders.inbox().resolve(source.getFileName().toString());
        Set<String> waiting = resuming ? waitingInWork() : Set.of();
        int copied = 0;
        try (Stream<Path> walk = Files.walk(source)) {
            List<Path> entries = walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            for (Path file : entries) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    // A link could copy anything on the machine into the inbox: it is never followed.
                    System.err.println("Not copied (a link or special file, never followed): " + ShownText.of(file.toString()));
                    continue;
                }
                if (isDocumentation(file) || InboxIntake.isOfficeLock(file.getFileName().toString())) {
                    continue;
                }
                String relative = source.relativize(file).toString();
                Path to = target.resolve(relative);
                if (resuming && alreadyCopied(file, to, source.getFileName() + "/" + relative, waiting)) {
                    continue;
                }
                if (copyOne(file, to)) {
                    copied++;
                }
            }
        }
        return copied;
    }

    /** In the inbox, taken into the work folder, or already in the warehouse (by its content). */
    private boolean alreadyCopied(Path file, Path to, String inboxName, Set<String> waiting) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) || waiting.contains(inboxName)) {
            return true;
        }
        return store.findBySha(FileChecker.sha256Of(new WorkFile(file, inboxName))).isPresent();
    }

    private Set<String> waitingInWork() throws IOException {
        if (!Files.isDirectory(folders.work())) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(folders.work())) {
            return list.filter(p -> !WorkFile.isNameFile(p)).map(WorkFile::at).map(WorkFile::originalName)
                    .collect(Collectors.toSet());
        }
    }

    private static boolean copyOne(Path file, Path to) throws IOException {
        Path part = null;
        try {
            Files.createDirectories(to.getParent());
            // Copied aside under a short hidden name and renamed, keeping the original time, so the
            // intake never sees half a file (and a name near the 255-byte limit still fits).
            part = Files.createTempFile(to.getParent(), ".copy-", ".part");
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setLastModifiedTime(part, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            // One file that cannot be copied is named, and the others are copied all the same.
            System.err.println("Not copied: " + ShownText.of(file.toString()) + ": " + e.getMessage());
            if (part != null) {
                Files.deleteIfExists(part);
            }
            return false;
        }
    }

    /** A folder of returns may carry its own description (README.md, EXPECTED.csv): that is no return. */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.startsWith("readme") || name.startsWith("EXPECTED");
    }
}
