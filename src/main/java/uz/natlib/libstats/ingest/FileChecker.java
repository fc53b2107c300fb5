package uz.natlib.libstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
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
    private final CheckedFigures kept;
    private final ReadWriteLock oneAtATime = new ReentrantReadWriteLock(true);

    /**
     * Findings on one cell (for a CSV, one line) met while reading: that cell is left out, and the
     * rest of the file is still identified, normalised and judged by every rule. Any other error of
     * reading means the file as a whole could not be read (or was read only in part, or names two
     * periods), and nothing in it is judged.
     */
    private static final Set<RuleId> CELL_READING = EnumSet.of(RuleId.CELL_TEXT_TOO_LONG, RuleId.NUMBER_TOO_LONG,
            RuleId.CONTROL_CHARACTER, RuleId.DATE_IN_VALUE_CELL, RuleId.NOT_A_NUMBER);

    FileChecker(ReturnFileReader reader, ReturnNormaliser normaliser, ReferenceData.Snapshot reference,
                IngestMetrics metrics, Validator validator, ReadingLimits limits, CheckedFigures kept) {
        this.kept = kept;
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
        if (period.isEmpty()) {
            // No year, no table of indicators to read the figures against.
            metrics.normalise(System.nanoTime() - read);
            return new CheckedFile(file, sha256, size, raw, kind, null, null, findings, List.of());
        }
        int year = period.get().year();
        Integer quarter = period.get().quarter();
        Catalogue catalogue = reference.catalogue(year).orElseThrow();
        NormalisationResult normalised = normaliser.normalise(withoutUnreadCells(raw), catalogue, kind);
        findings.addAll(normalised.findings());
        // The rules that judge the file alone need its year's table, not its district: a file whose district
        // cannot be told is judged all the same, and stored as no district's.
        SubmissionData data = new SubmissionData(kind, district.orElse(null), year, quarter, catalogue,
                normalised.values(), normalised.statuses());
        Identified identified = district.map(d -> new Identified(kind, d, year, quarter)).orElse(null);
        long checkedAt = System.nanoTime();
        metrics.normalise(checkedAt - read);
        // Every rule judges what could be read, whatever else is wrong with the file, so that the sender
        // learns everything at once and fixes the file in one round. A cell that could not be read (or not
        // understood: not a number, an unknown measure) is absent from the data, as a blank one is, and each
        // rule waits for the figures it needs (README, "Checks on every file").
        List<Finding> ruleFindings = validator.validateAlone(data);
        metrics.validate(System.nanoTime() - checkedAt);
        if (identified == null) {
            return new CheckedFile(file, sha256, size, raw, kind, null, null, findings, ruleFindings);
        }
        if (kind == SubmissionKind.RETURN && Stream.concat(findings.stream(), ruleFindings.stream())
                .noneMatch(Finding::isError)) {
            kept.keep(sha256, data.values(), data.statuses()); // for the history review, if it is accepted
        }
        return new CheckedFile(file, sha256, size, raw, kind, identified, data, findings, ruleFindings);
    }

    /**
     * The file's figures but those whose value reading already found to be no number (a CSV value
     * with a control character, handed on with it replaced): a cell is told about once, and what
     * was made of it is never taken for a figure. A workbook's unreadable cells are left out by
     * reading itself.
     */
    static RawReturn withoutUnreadCells(RawReturn raw) {
        Set<String> unread = new java.util.HashSet<>();
        raw.findings().stream().filter(f -> f.rule() == RuleId.NOT_A_NUMBER && f.cell() != null)
                .forEach(f -> unread.add(f.sheet() + "!" + f.cell()));
        if (unread.isEmpty()) {
            return raw;
        }
        return new RawReturn(raw.fileName(), raw.format(), raw.identification(),
                raw.values().stream().filter(v -> !unread.contains(v.cell().sheet() + "!" + v.cell().cell())).toList(),
                raw.statuses(), raw.findings());
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
