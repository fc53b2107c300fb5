package uz.natlib.libstats.service.web.upload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.identification.DistrictIdentification;
import uz.natlib.libstats.identification.TerritoryIndex;
import uz.natlib.libstats.inbox.InboxFolders;
import uz.natlib.libstats.inbox.InboxProperties;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.reading.ReturnFileReader;
import uz.natlib.libstats.service.audit.Audit;
import uz.natlib.libstats.service.schedule.ServiceJob;
import uz.natlib.libstats.service.schedule.ServiceJobs;
import uz.natlib.libstats.service.web.submissions.FeedbackFile;
import uz.natlib.libstats.territory.Territory;
import uz.natlib.libstats.territory.TerritoryRepository;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.vocabulary.ShownText;

/**
 * An upload goes exactly the inbox's way: it is checked to be a workbook or CSV, written whole
 * into the inbox under a fresh name, and the inbox's job is started at once; then this waits for
 * the row the job writes, and for its feedback, so the page can show the outcome. The page and the
 * API both come here.
 */
@Service
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    /** The largest file taken, as Spring's multipart limit in application-serve.yml. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Where an upload stands.
     *
     * @param submissionId the row the inbox wrote; {@code null} while it is still queued
     * @param status       {@code accepted}, {@code rejected}, {@code duplicate}…, or {@code queued}
     */
    public record Received(Long submissionId, String status, Pending pending) {

        public boolean queued() {
            return submissionId == null;
        }
    }

    /** What finds a queued upload's row later: the last id before it and the name it was given. */
    public record Pending(long after, String name) {
    }

    private final InboxFolders folders;
    private final InboxProperties inbox;
    private final ServiceJobs jobs;
    private final UploadRepository repository;
    private final ReturnFileReader reader;
    private final TerritoryRepository territories;
    private final Audit audit;
    private final LibstatsProperties properties;
    private final Duration wait;

    Uploads(InboxFolders folders, InboxProperties inbox, ServiceJobs jobs, UploadRepository repository,
            ReturnFileReader reader, TerritoryRepository territories, Audit audit, LibstatsProperties properties,
            @org.springframework.beans.factory.annotation.Value("${libstats.upload.wait:PT30S}") Duration wait) {
        this.wait = wait;
        this.folders = folders;
        this.inbox = inbox;
        this.jobs = jobs;
        this.repository = repository;
        this.reader = reader;
        this.territories = territories;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Takes an upload in and waits (up to {@code libstats.upload.wait}, 30 s) for the inbox's verdict.
     *
     * @throws UploadRefused when the file is not taken: its status and message say why
     */
    public Received receive(UserAccount user, String sentName, byte[] bytes, String remoteAddress) {
        String shown = sentName == null ? "" : ShownText.of(sentName);
        try {
            String extension = checked(user, sentName, bytes);
            long after = repository.lastId();
            String name = UploadCheck.safeName(sentName, extension, Instant.now(), random());
            putInInbox(name, bytes);
            startInbox();
            Received received = await(new Pending(after, name), wait);
            audit.record(user.username(), Audit.Action.UPLOAD, shown + " as " + name + ": "
                    + (received.queued() ? "queued" : "submission " + received.submissionId() + " " + received.status()),
                    Audit.Outcome.OK, remoteAddress);
            log.info("Upload by {}: {} put in the inbox as {}, {}", user.username(), shown, name,
                    received.queued() ? "still queued" : received.status());
            return received;
        } catch (UploadRefused refused) {
            audit.record(user.username(), Audit.Action.UPLOAD, shown + ": " + refused.code(), Audit.Outcome.REFUSED,
                    remoteAddress);
            throw refused;
        } catch (IOException | RuntimeException e) {
            audit.record(user.username(), Audit.Action.UPLOAD, shown + ": failed", Audit.Outcome.FAILED, remoteAddress);
            throw e instanceof RuntimeException runtime ? runtime : new java.io.UncheckedIOException((IOException) e);
        }
    }

    /** Where a queued upload stands now, without waiting. */
    public Received lookUp(Pending pending) {
        return await(pending, Duration.ZERO);
    }

    private String checked(UserAccount user, String sentName, byte[] bytes) {
        if (user.role() == Role.ANALYST) {
            throw new UploadRefused(403, "forbidden", "upload.notAllowed");
        }
        if (bytes == null || bytes.length == 0) {
            throw new UploadRefused(400, "empty_file", "upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadRefused(413, "too_large", "upload.tooLarge");
        }
        String extension = UploadCheck.extension(sentName)
                .orElseThrow(() -> new UploadRefused(415, "not_a_workbook", "upload.notWorkbook"));
        if (!UploadCheck.contentFits(extension, bytes)) {
            throw new UploadRefused(415, "not_a_workbook", "upload.notWorkbook");
        }
        if (user.isRegional()) {
            districtOf(sentName, bytes).ifPresent(district -> {
                if (!user.maySeeRegion(district.parentCode())) {
                    throw new UploadRefused(403, "other_region", "upload.otherRegion",
                            new Object[] {district.nameCyrl(), district.code()},
                            new Object[] {district.nameLatn(), district.code()});
                }
            });
        }
        return extension;
    }

    /**
     * The district the file says it is from, as the inbox will tell it; empty when it cannot be
     * told, and then the inbox rejects the file and says why.
     */
    private Optional<Territory> districtOf(String sentName, byte[] bytes) {
        try {
            RawReturn raw = reader.read(sentName, bytes);
            TerritoryIndex index = new TerritoryIndex(territories.everything());
            return new DistrictIdentification(index).identify(raw.identification(), new ArrayList<>())
                    .flatMap(index::district);
        } catch (RuntimeException e) {
            log.warn("Could not tell the district of an upload before the inbox: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Written under a hidden temporary name (the inbox skips hidden files and files open for
     * writing), flushed to disk, then renamed: the inbox sees the whole file or nothing. The file
     * is dated back past the inbox's settle time, which waits for copies it cannot see finishing;
     * this one is finished.
     */
    private void putInInbox(String name, byte[] bytes) throws IOException {
        Path dir = folders.inbox();
        Path target = dir.resolve(name);
        if (!target.getParent().equals(dir) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("the inbox name " + name + " is not free");
        }
        Path part = Files.createTempFile(dir, ".upload-", ".part");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.setLastModifiedTime(part, FileTime.from(Instant.now().minus(inbox.settle()).minusSeconds(1)));
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            syncFolder(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Not every file system lets a folder be flushed; the rename is made durable by the next sync anyway.
        }
    }

    private void startInbox() {
        try {
            jobs.startNow(ServiceJob.INGEST);
        } catch (RuntimeException e) {
            // The file is in the inbox: the schedule takes it within minutes.
            log.warn("Could not start the inbox at once for an upload: {}", e.getMessage());
        }
    }

    /** Polls for the row, then for its feedback (written last, once every finding is known). */
    private Received await(Pending pending, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Optional<UploadRepository.Stored> stored = Optional.empty();
        while (true) {
            if (stored.isEmpty()) {
                stored = repository.find(pending.after(), pending.name());
            }
            if (stored.isPresent()
                    && FeedbackFile.beside(stored.get().storedPath(), properties.home()).isPresent()) {
                // Read again: the status as the finished run left it.
                Optional<UploadRepository.Stored> found = stored;
                stored = repository.find(pending.after(), pending.name()).or(() -> found);
                break;
            }
            if (System.nanoTime() >= deadline) {
                break;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // A row whose feedback is late is still the outcome; only no row at all is "queued".
        return stored.map(s -> new Received(s.id(), s.status(), pending))
                .orElseGet(() -> new Received(null, "queued", pending));
    }

    private static String random() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
