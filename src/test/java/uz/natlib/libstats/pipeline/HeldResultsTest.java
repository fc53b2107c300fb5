package uz.natlib.libstats.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.consolidation.ConsolidationService;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.reports.ReportFile;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.reports.ReportService;
import uz.natlib.libstats.tools.samples.ReturnSet;
import uz.natlib.libstats.vocabulary.Script;

/**
 * What the pipeline holds after a run, compared with what it held before the ingest and
 * consolidation were tuned for speed (issue 12): every submission's fate, every finding with its
 * messages, every stored figure, every feedback text, every consolidated figure and every long CSV
 * of a quarter's reports. The inputs are sample-input (good and flawed files, whose history rules
 * fire) and 160 generated returns.
 *
 * <p>The recorded results are in {@code held-results.txt}; run with {@code -Dheld.results.record=true}
 * to record them again, which is only right when a change of results is intended and explained.
 */
@SpringBootTest
class HeldResultsTest {

    private static final Path RECORDED = Path.of("src/test/resources/held-results.txt");

    // The completeness CSV says when each file arrived, which is when this test ran.
    private static final String RECEIVED_AT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[^,]*";

    @Autowired
    IngestRuns ingest;

    @Autowired
    ConsolidationService consolidation;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Test
    void givenSamplesAndGeneratedReturns_whenIngestedConsolidatedAndReported_thenEverythingHeldEqualsTheRecord()
            throws Exception {
        TestWarehouse.empty(jdbc, properties);
        ingest.copyIntoInbox(Path.of("sample-input"));
        ReturnSet.write(properties.home().resolve("inbox").resolve("generated"), 160, 7);
        ingest.runOnce();
        consolidation.consolidate(2021);
        List<ReportFile> csv = reports.renderPeriod(2021, 2, List.of(), EnumSet.of(Script.LATN),
                EnumSet.of(ReportFormat.CSV));

        List<String> held = held(csv);
        if (Boolean.getBoolean("held.results.record")) {
            Files.write(RECORDED, held, StandardCharsets.UTF_8);
        }
        Path actual = Path.of("target/held-results-actual.txt");
        Files.createDirectories(actual.getParent());
        Files.write(actual, held, StandardCharsets.UTF_8);
        assertThat(held).as("held results (this run's are in %s)", actual)
                .containsExactlyElementsOf(Files.readAllLines(RECORDED, StandardCharsets.UTF_8));
    }

    private List<String> held(List<ReportFile> csv) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# submissions: name, kind, status, district, period, version, values, errors, warnings");
        lines.addAll(jdbc.sql("""
                select regexp_replace(original_name, '^.*/', '') || ' | ' || kind || ' | ' || status || ' | '
                    || coalesce(district_code, '-') || ' | ' || coalesce(period_code, '-') || ' | '
                    || coalesce(version::text, '-') || ' | ' || value_count || ' | ' || error_count || ' | '
                    || warning_count
                from submission order by 1""").query(String.class).list());
        lines.add("# findings: file, severity, rule, sheet, cell, value seen, messages");
        lines.addAll(jdbc.sql("""
                select regexp_replace(s.original_name, '^.*/', '') || ' | ' || f.severity || ' | ' || f.rule || ' | '
                    || coalesce(f.sheet, '-') || ' | ' || coalesce(f.cell, '-') || ' | ' || coalesce(f.value_seen, '-')
                    || ' | ' || f.message_cyrl || ' | ' || f.message_latn || ' | ' || f.message_en
                from validation_finding f join submission s on s.id = f.submission_id
                order by 1""").query(String.class).list());
        lines.add("# stored figures, statuses and plans per file: rows and a digest of them");
        for (String table : List.of("data_value", "plan_value")) {
            lines.addAll(jdbc.sql("""
                    select '%1$s | ' || regexp_replace(s.original_name, '^.*/', '') || ' | ' || count(*) || ' | '
                        || md5(string_agg(i.code || '/' || v.measure_key || '=' || v.value, ';'
                                          order by i.code, v.measure_key))
                    from %1$s v join submission s on s.id = v.submission_id join indicator i on i.id = v.indicator_id
                    group by s.original_name order by 1""".formatted(table)).query(String.class).list());
        }
        lines.addAll(jdbc.sql("""
                select 'data_status | ' || regexp_replace(s.original_name, '^.*/', '') || ' | ' || count(*) || ' | '
                    || md5(string_agg(i.code || '=' || coalesce(d.done::text, '-') || ':' || coalesce(d.note, '-'), ';'
                                      order by i.code))
                from data_status d join submission s on s.id = d.submission_id join indicator i on i.id = d.indicator_id
                group by s.original_name order by 1""").query(String.class).list());
        lines.add("# consolidated figures per period and territory kind: rows and a digest of every column");
        lines.addAll(jdbc.sql("""
                select c.year || 'Q' || c.quarter || ' ' || c.span || ' | ' || t.level || ' | ' || count(*) || ' | '
                    || md5(string_agg(concat_ws(',', c.territory_code, i.code, c.measure_key, c.value, c.reporting,
                              c.expected, c.plan_value, c.plan_reporting, c.previous_value, c.matched_value,
                              c.matched_plan, c.matched_reporting, c.carried),
                        ';' order by c.territory_code, i.code, c.measure_key))
                from consolidated_value c join indicator i on i.id = c.indicator_id
                join territory t on t.code = c.territory_code
                group by c.year, c.quarter, c.span, t.level order by 1""").query(String.class).list());
        lines.add("# completeness");
        lines.addAll(jdbc.sql("""
                select concat_ws(' | ', year || 'Q' || quarter, territory_code, due_date, expected, accepted,
                    only_rejected, nothing_received, on_time, late)
                from completeness order by 1""").query(String.class).list());
        lines.add("# feedback texts: file and digest");
        Path archive = properties.home();
        List<Path> feedback;
        try (Stream<Path> walk = Files.walk(archive)) {
            feedback = walk.filter(p -> p.getFileName().toString().contains(".feedback."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path file : feedback) {
            String name = file.getFileName().toString().replaceFirst("^[0-9a-f]{8,}[-_]", "");
            lines.add(name.endsWith(".txt") ? name + " | " + digest(Files.readAllBytes(file)) : name);
        }
        lines.add("# long CSV of 2021 Q2's reports (receipt times masked): file and digest");
        for (ReportFile file : csv.stream().sorted(Comparator.comparing(f -> f.path().getFileName().toString())).toList()) {
            String text = Files.readString(file.path(), StandardCharsets.UTF_8).replaceAll(RECEIVED_AT, "<received>");
            lines.add(file.path().getFileName() + " | " + digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        return lines;
    }

    private static String digest(byte[] bytes) {
        try {
            return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
