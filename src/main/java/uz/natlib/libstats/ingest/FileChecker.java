package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import uz.natlib.libstats.vocabulary.ShownText;
import uz.natlib.libstats.catalogue.Catalogue;
import uz.natlib.libstats.identification.DistrictIdentification;
import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.identification.PeriodIdentification;
import uz.natlib.libstats.inbox.WorkFile;
import uz.natlib.libstats.normalisation.NormalisationResult;
import uz.natlib.libstats.normalisation.ReturnNormaliser;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.reading.RawReturn;
import uz.natlib.libstats.reading.ReadingLimits;
import uz.natlib.libstats.reading.ReturnFileReader;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.validation.Validator;
import uz.natlib.libstats.workbook.ReturnLayout;

/**
 * Reads, identifies and normalises one file. Runs on several threads at once (it touches no
 * database), and never throws for bad input: every problem becomes a finding.
 */
class FileChecker implements ItemProcessor<WorkFile, CheckedFile> {

    private static final Logger log = LoggerFactory.getLogger(FileChecker.class);

    private final ReturnFileReader reader;
    private final ReturnNormaliser normaliser;
    private final ReferenceData.Snapshot reference;
    private final IngestMetrics metrics;
    private final Validator validator;
    private final ReadingLimits limits;
    private final ReadWriteLock oneAtATime = new ReentrantReadWriteLock(true);

    /** Findings on one cell, left out while reading: they do not keep the rest of the file from being judged. */
    private static final Set<RuleId> CELL_READING = EnumSet.of(RuleId.CELL_TEXT_TOO_LONG, RuleId.NUMBER_TOO_LONG,
            RuleId.CONTROL_CHARACTER, RuleId.DATE_IN_VALUE_CELL);

    FileChecker(ReturnFileReader reader, ReturnNormaliser normaliser, ReferenceData.Snapshot reference,
                IngestMetrics metrics, Validator validator, ReadingLimits limits) {
        this.limits = limits;
        this.validator = validator;
        this.reader = reader;
        this.normaliser = normaliser;
        this.reference = reference;
        this.metrics = metrics;
    }

    @Override
    public CheckedFile process(WorkFile file) {
        long size;
        try {
            size = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
            if (size > limits.fileSize().toBytes()) {
                // Never read into memory: hashed as it streams, refused unread.
                return new CheckedFile(file, sha256Of(file), size, null, SubmissionKind.RETURN, null, null,
                        List.of(Finding.error(RuleId.FILE_TOO_LARGE, null, null, null,
                                ReturnFileReader.tooLarge(limits))), List.of());
            }
        } catch (IOException e) {
            return failed(file, unreadableSha(file), -1, e);
        }
        // A large file is checked alone: the few it may be never share the memory with others.
        Lock lock = size > limits.aloneAbove().toBytes() ? oneAtATime.writeLock() : oneAtATime.readLock();
        lock.lock();
        try {
            byte[] bytes;
            try {
                bytes = WorkFile.readBytes(file.path());
            } catch (IOException e) {
                return failed(file, unreadableSha(file), -1, e);
            }
            String sha256 = sha256(bytes);
            try {
                return check(file, bytes, sha256);
            } catch (RuntimeException | Error e) {
                // One file's failure is that file's rejection, never the run's (even an error of the machine's:
                // the next file may well be read).
                return failed(file, sha256, bytes.length, e);
            }
        } finally {
            lock.unlock();
        }
    }

    // Named by its intake, unique per file, so that two unreadable files are not duplicates of each other.
    private static String unreadableSha(WorkFile file) {
        return sha256(("unreadable:" + file.intakeName()).getBytes(StandardCharsets.UTF_8));
    }

    private static CheckedFile failed(WorkFile file, String sha256, long size, Throwable e) {
        log.error("Checking {} failed unexpectedly", ShownText.of(file.originalName()), e);
        return new CheckedFile(file, sha256, size, null, SubmissionKind.RETURN, null, null,
                List.of(SubmissionRecorder.internalError(e)), List.of());
    }

    private CheckedFile check(WorkFile file, byte[] bytes, String sha256) {
        long start = System.nanoTime();
        RawReturn raw = reader.read(file.baseName(), bytes);
        long size = bytes.length;
        long read = System.nanoTime();
        metrics.read(read - start);
        List<Finding> findings = new ArrayList<>(raw.findings());
        if (findings.stream().anyMatch(f -> f.isError() && !CELL_READING.contains(f.rule()))) {
            return new CheckedFile(file, sha256, size, raw, SubmissionKind.RETURN, null, null, findings,
                    List.of());
        }
        Optional<String> district = new DistrictIdentification(reference.territory())
                .identify(raw.identification(), findings);
        Optional<PeriodIdentification.KindAndPeriod> period = new PeriodIdentification(reference.periodContext())
                .identify(raw.identification(), findings);
        SubmissionKind kind = period.map(PeriodIdentification.KindAndPeriod::kind).orElse(SubmissionKind.RETURN);
        if (district.isEmpty() || period.isEmpty()) {
            metrics.normalise(System.nanoTime() - read);
            return new CheckedFile(file, sha256, size, raw, kind, null, null, findings, List.of());
        }
        Identified identified = new Identified(kind, district.get(), period.get().year(), period.get().quarter());
        Catalogue catalogue = reference.catalogue(identified.year()).orElseThrow();
        NormalisationResult normalised = normaliser.normalise(raw, catalogue, kind);
        findings.addAll(normalised.findings());
        SubmissionData data = new SubmissionData(kind, identified.districtCode(), identified.year(), identified.quarter(),
                catalogue, normalised.values(), normalised.statuses());
        boolean blocking = findings.stream().anyMatch(f -> f.isError() && !CELL_READING.contains(f.rule()));
        long checkedAt = System.nanoTime();
        metrics.normalise(checkedAt - read);
        // The rules judge a file that was read, identified and normalised cleanly, but for cells left out while
        // reading (too long, a date): the sender learns everything else that is wrong at once.
        List<Finding> ruleFindings = blocking ? List.of() : validator.validateAlone(data);
        metrics.validate(System.nanoTime() - checkedAt);
        return new CheckedFile(file, sha256, size, raw, kind, identified, data, findings, ruleFindings);
    }

    static String templateVersion(RawReturn raw) {
        if (raw == null) {
            return null;
        }
        return raw.identification().meta(ReturnLayout.META_TEMPLATE_VERSION)
                .or(() -> raw.identification().visible(ReturnLayout.Label.TEMPLATE_VERSION).map(c -> c.text().strip()))
                .orElse(null);
    }

    /** The SHA-256 of a file read as it streams, never through a link. */
    static String sha256Of(WorkFile file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path(), LinkOption.NOFOLLOW_LINKS),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
