package uz.natlib.libstats.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uz.natlib.libstats.identification.Identified;
import uz.natlib.libstats.normalisation.ReportedStatus;
import uz.natlib.libstats.normalisation.ReportedValue;
import uz.natlib.libstats.normalisation.SubmissionData;
import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.Message;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;
import uz.natlib.libstats.vocabulary.SubmissionKind;
import uz.natlib.libstats.vocabulary.SubmissionStatus;

/**
 * Records received files and loads accepted ones. Callers run each file in one transaction, so
 * a file is stored whole or not at all. Values go in with COPY, the fastest load PostgreSQL has.
 */
@Repository
public class SubmissionRepository {

    // Strings always quoted, nulls never: PostgreSQL's CSV COPY then tells "" (empty text) from null.
    private static final CSVFormat CSV = CSVFormat.POSTGRESQL_CSV.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("").setRecordSeparator('\n').get();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IndicatorIdRepository indicatorIds;

    SubmissionRepository(JdbcClient jdbc, DataSource dataSource, IndicatorIdRepository indicatorIds) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.indicatorIds = indicatorIds;
    }

    /**
     * Lets the current transaction commit before its log reaches the disk. Safe only when a
     * later durable commit follows before anything outside the database depends on it.
     */
    public void commitWithoutWaitingForDisk() {
        jdbc.sql("set local synchronous_commit to off").update();
    }

    /** Records which ingest execution processed these submissions (one round trip per chunk). */
    public void markProcessedBy(long ingestExecution, List<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return;
        }
        jdbc.sql("update submission set ingest_execution = ? where id = any(?)")
                .param(ingestExecution).param(submissionIds.toArray(Long[]::new)).update();
    }

    /** The files processed by these ingest executions (of one job instance), in the order they were stored. */
    public List<ProcessedFile> processedBy(List<Long> ingestExecutions) {
        if (ingestExecutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, original_name, district_code, period_code, status, error_count, warning_count,
                               value_count, stored_path
                        from submission where ingest_execution = any(?) order by processed_at, id""")
                .param(ingestExecutions.toArray(Long[]::new))
                .query((rs, n) -> new ProcessedFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        SubmissionStatus.of(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9)))
                .list();
    }

    /** The files these ingest executions accepted (superseded since or not), in the order they were stored. */
    public List<AcceptedFile> acceptedBy(List<Long> ingestExecutions) {
        if (ingestExecutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, kind, original_name, sha256, district_code, period_code, stored_path
                        from submission
                        where ingest_execution = any(?) and status in ('accepted', 'superseded')
                        order by processed_at, id""")
                .param(ingestExecutions.toArray(Long[]::new))
                .query((rs, n) -> new AcceptedFile(rs.getLong(1),
                        SubmissionKind.PLAN.code().equals(rs.getString(2)) ? SubmissionKind.PLAN : SubmissionKind.RETURN,
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** A submission's findings as stored, in the order they were found. */
    public List<Finding> findingsOf(long submissionId) {
        return findingsOf(List.of(submissionId)).get(submissionId);
    }

    /** The findings of several submissions, each in the order they were stored (one query). */
    public Map<Long, List<Finding>> findingsOf(Collection<Long> submissionIds) {
        Map<Long, List<Finding>> findings = new HashMap<>();
        submissionIds.forEach(id -> findings.put(id, new java.util.ArrayList<>()));
        if (submissionIds.isEmpty()) {
            return findings;
        }
        jdbc.sql("""
                        select submission_id, severity, rule, sheet, cell, value_seen, message_cyrl, message_latn, message_en
                        from validation_finding where submission_id = any(?) order by submission_id, id""")
                .param(submissionIds.toArray(Long[]::new))
                .query(rs -> {
                    findings.get(rs.getLong(1)).add(new Finding(Severity.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                            RuleId.of(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            new Message(rs.getString(7), rs.getString(8), rs.getString(9))));
                });
        return findings;
    }

    /** Replaces an accepted submission's findings (and its count of warnings) with these. */
    public void replaceFindings(long submissionId, List<Finding> findings) {
        jdbc.sql("delete from validation_finding where submission_id = ?").param(submissionId).update();
        insertFindings(submissionId, findings);
        jdbc.sql("update submission set warning_count = ? where id = ?")
                .param((int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count())
                .param(submissionId).update();
    }

    /** The submission that first brought these bytes, if any. */
    public Optional<PriorSubmission> findBySha(String sha256) {
        return jdbc.sql("""
                        select id, status, original_name, intake_name, stored_path, received_at from submission
                        where sha256 = ? and status <> 'duplicate'""")
                .param(sha256)
                .query((rs, n) -> new PriorSubmission(rs.getLong(1), SubmissionStatus.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class)))
                .optional();
    }

    public long recordDuplicate(ReceivedFile file, PriorSubmission original, String storedPath) {
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, intake_name, district_code, period_code,
                            status, duplicate_of, stored_path, processed_at)
                        select kind, :name, sha256, :intake, district_code, period_code, 'duplicate', id, :path, now()
                        from submission where id = :original
                        returning id""")
                .param("name", file.originalName()).param("intake", file.intakeName())
                .param("path", storedPath).param("original", original.id())
                .query(Long.class).single();
    }

    /** A rejected file: what could be identified of it, and every finding. Nothing of its data is kept. */
    public long recordRejected(ReceivedFile file, SubmissionKind kind, Identified identified, List<Finding> findings,
                               String storedPath) {
        long id = insertSubmission(file, kind, identified, SubmissionStatus.REJECTED, storedPath, 0, findings);
        insertFindings(id, findings);
        return id;
    }

    /**
     * An accepted file ({@code durable}: wait for the disk at commit): supersedes the district's earlier file for the same period and kind, and
     * loads every reported figure and status.
     */
    public long recordAccepted(ReceivedFile file, Identified identified, SubmissionData data, List<Finding> findings,
                               String storedPath, boolean durable) {
        long warnings = findings.stream().filter(f -> f.severity() == uz.natlib.libstats.vocabulary.Severity.WARNING).count();
        long id = jdbc.sql("select accept_submission(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(kind(identified.kind()), file.originalName(), file.sha256(), file.intakeName(),
                        file.templateVersion(), identified.districtCode(), identified.periodCode(), storedPath,
                        data.values().size(), (int) warnings, durable)
                .query(Long.class).single();
        Map<String, Integer> ids = indicatorIds.forYear(identified.year());
        copyValues(id, identified.kind() == SubmissionKind.PLAN ? "plan_value" : "data_value", data.values(), ids);
        insertStatuses(id, data.statuses(), ids);
        insertFindings(id, findings);
        return id;
    }

    private long insertSubmission(ReceivedFile file, SubmissionKind kind, Identified identified, SubmissionStatus status,
                                  String storedPath, int values, List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == uz.natlib.libstats.vocabulary.Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == uz.natlib.libstats.vocabulary.Severity.WARNING).count();
        return jdbc.sql("""
                        insert into submission (kind, original_name, sha256, intake_name, template_version,
                            district_code, period_code, version, status, stored_path, value_count, error_count,
                            warning_count, processed_at)
                        values (:kind, :name, :sha, :intake, :template, :district, :period,
                            case when :status = 'accepted' then (select coalesce(max(version), 0) + 1 from submission
                                where district_code = :district and period_code = :period and kind = :kind
                                and status in ('accepted', 'superseded')) end,
                            :status, :path, :values, :errors, :warnings, now())
                        returning id""")
                .param("kind", kind(kind))
                .param("name", file.originalName()).param("sha", file.sha256()).param("intake", file.intakeName())
                .param("template", storable(file.templateVersion()))
                .param("district", identified == null ? null : identified.districtCode())
                .param("period", identified == null ? null : identified.periodCode())
                .param("status", status.code()).param("path", storedPath).param("values", values)
                .param("errors", (int) errors).param("warnings", (int) warnings)
                .query(Long.class).single();
    }

    private void copyValues(long submissionId, String table, List<ReportedValue> values, Map<String, Integer> ids) {
        List<Object[]> rows = new java.util.ArrayList<>(values.size());
        for (ReportedValue v : values) {
            rows.add(new Object[] {submissionId, ids.get(v.indicatorCode()), v.measure(), v.value().toPlainString()});
        }
        copy(table + " (submission_id, indicator_id, measure_key, value)", rows);
    }

    private void insertStatuses(long submissionId, List<ReportedStatus> statuses, Map<String, Integer> ids) {
        List<Object[]> rows = new java.util.ArrayList<>(statuses.size());
        for (ReportedStatus s : statuses) {
            rows.add(new Object[] {submissionId, ids.get(s.indicatorCode()), s.done(), s.note()});
        }
        copy("data_status (submission_id, indicator_id, done, note)", rows);
    }

    private void insertFindings(long submissionId, List<Finding> findings) {
        List<Object[]> rows = new java.util.ArrayList<>(findings.size());
        for (Finding f : findings) {
            rows.add(new Object[] {submissionId, f.severity().name().toLowerCase(Locale.ROOT), f.rule().code(), f.sheet(),
                    f.cell(), truncate(f.valueSeen()), f.message().cyrl(), f.message().latn(), f.message().en()});
        }
        copy("validation_finding (submission_id, severity, rule, sheet, cell, value_seen, message_cyrl, message_latn,"
                + " message_en)", rows);
    }

    /** COPY in CSV form on the transaction's own connection; a null is written as an unquoted empty field. */
    private void copy(String tableAndColumns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 32);
        try (CSVPrinter printer = new CSVPrinter(csv, CSV)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof String text) {
                        row[i] = storable(text);
                    }
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + tableAndColumns + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** PostgreSQL's text cannot hold NUL: a sender's NUL is stored as U+FFFD, the rest exactly as it came. */
    static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }

    private static String kind(SubmissionKind kind) {
        return kind.code();
    }
}
