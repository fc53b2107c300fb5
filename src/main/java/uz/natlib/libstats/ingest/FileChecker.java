package uz.natlib.libstats.ingest;

import java.io.IOException;
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
import uz.natlib.libstats.reading.ReturnFileReader;
import uz.natlib.libstats.validation.History;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.warehouse.HistoryRepository;
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
    private final HistoryRepository history;
    private final Validator validator;

    FileChecker(ReturnFileReader reader, ReturnNormaliser normaliser, ReferenceData.Snapshot reference,
                IngestMetrics metrics, HistoryRepository history, Validator validator) {
        this.history = history;
        this.validator = validator;
        this.reader = reader;
        this.normaliser = normaliser;
        this.reference = reference;
        this.metrics = metrics;
    }

    @Override
    public CheckedFile process(WorkFile file) {
        byte[] bytes;
        try {
            bytes = WorkFile.readBytes(file.path());
        } catch (IOException e) {
            // Named by its intake, unique per file, so that two unreadable files are not duplicates of each other.
            return failed(file, sha256(("unreadable:" + file.intakeName()).getBytes(StandardCharsets.UTF_8)), e);
        }
        String sha256 = sha256(bytes);
        try {
            return check(file, bytes, sha256);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One file's failure is that file's rejection, never the run's.
            return failed(file, sha256, e);
        }
    }

    private static CheckedFile failed(WorkFile file, String sha256, Throwable e) {
        log.error("Checking {} failed unexpectedly", ShownText.of(file.originalName()), e);
        return new CheckedFile(file, sha256, null, SubmissionKind.RETURN, null, null, History.NONE,
                List.of(SubmissionRecorder.internalError(e)));
    }

    private CheckedFile check(WorkFile file, byte[] bytes, String sha256) {
        long start = System.nanoTime();
        RawReturn raw = reader.read(file.baseName(), bytes);
        long read = System.nanoTime();
        metrics.read(read - start);
        List<Finding> findings = new ArrayList<>(raw.findings());
        if (!findings.isEmpty() && findings.stream().anyMatch(Finding::isError)) {
            return new CheckedFile(file, sha256, raw, SubmissionKind.RETURN, null, null, History.NONE, findings);
        }
        Optional<String> district = new DistrictIdentification(reference.territory())
                .identify(raw.identification(), findings);
        Optional<PeriodIdentification.KindAndPeriod> period = new PeriodIdentification(reference.periodContext())
                .identify(raw.identification(), findings);
        SubmissionKind kind = period.map(PeriodIdentification.KindAndPeriod::kind).orElse(SubmissionKind.RETURN);
        if (district.isEmpty() || period.isEmpty()) {
            metrics.normalise(System.nanoTime() - read);
            return new CheckedFile(file, sha256, raw, kind, null, null, History.NONE, findings);
        }
        Identified identified = new Identified(kind, district.get(), period.get().year(), period.get().quarter());
        Catalogue catalogue = reference.catalogue(identified.year()).orElseThrow();
        NormalisationResult normalised = normaliser.normalise(raw, catalogue);
        findings.addAll(normalised.findings());
        SubmissionData data = new SubmissionData(kind, identified.districtCode(), identified.year(), identified.quarter(),
                catalogue, normalised.values(), normalised.statuses());
        History earlier = kind == SubmissionKind.RETURN && !normalised.hasErrors()
                ? history.before(identified.districtCode(), identified.year(), identified.quarter()) : History.NONE;
        long checkedAt = System.nanoTime();
        metrics.normalise(checkedAt - read);
        // As before the split: the rules judge only a file that was read, identified and normalised cleanly.
        List<Finding> ruleFindings = findings.stream().anyMatch(Finding::isError)
                ? List.of() : validator.validateAlone(data);
        metrics.validate(System.nanoTime() - checkedAt);
        return new CheckedFile(file, sha256, raw, kind, identified, data, earlier, findings, ruleFindings);
    }

    static String templateVersion(RawReturn raw) {
        if (raw == null) {
            return null;
        }
        return raw.identification().meta(ReturnLayout.META_TEMPLATE_VERSION)
                .or(() -> raw.identification().visible(ReturnLayout.Label.TEMPLATE_VERSION).map(c -> c.text().strip()))
                .orElse(null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
