package uz.natlib.libstats.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.TestWarehouse;
import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.users.Role;
import uz.natlib.libstats.users.Users;
import uz.natlib.libstats.vocabulary.Script;

/**
 * What the browser tests find in the warehouse: a few Bukhara returns consolidated and reported
 * (for the region and for the nation), and one rejected Samarkand return with its feedback. Small,
 * so that setting it up takes seconds, not the minutes of the whole sample.
 */
final class BrowserData {

    static final Path BUKHARA = Path.of("sample-input", "1706-buxoro-viloyati");
    /** Loaded beforehand; the upload test sends {@link #UPLOADED}, which is not among them. */
    static final List<String> LOADED = List.of(
            "1706204_olot-tumani_2021_Q1.xlsx", "1706204_olot-tumani_2021_plan.xlsx",
            "1706207_buxoro-tumani_2021_Q1.xlsx", "1706207_buxoro-tumani_2021_plan.xlsx");
    static final String UPLOADED = "1706212_vobkent-tumani_2021_Q1.xlsx";
    /** A Samarkand district's return, rejected (a word where a number belongs): it has a feedback workbook. */
    static final Path SAMARKAND = Path.of("sample-input", "flawed", "e06_not_a_number.xlsx");

    static final String PASSWORD = "browser test password";
    static final String REGIONAL = "buxoro-browser";
    static final String ADMIN = "admin-browser";

    /** Ids the tests need. */
    record Loaded(long samarkandSubmission, long bukharaSubmission) {
    }

    private BrowserData() {
    }

    /**
     * Empties the warehouse and loads the files, taking the run lock for this only, as the service
     * does: the service's jobs (an upload, a job started by hand) must get it afterwards.
     */
    static Loaded load(JdbcClient jdbc, LibstatsProperties properties, IngestRuns ingest, PipelineRuns pipeline,
                       RunLock runLock, Script script, ReportFormat format) throws Exception {
        return runLock.during(Duration.ofMinutes(2), () -> loaded(jdbc, properties, ingest, pipeline, script, format));
    }

    private static Loaded loaded(JdbcClient jdbc, LibstatsProperties properties, IngestRuns ingest,
                                 PipelineRuns pipeline, Script script, ReportFormat format) throws Exception {
        TestWarehouse.empty(jdbc, properties);
        Path staging = Files.createTempDirectory("libstats-browser-");
        try {
            for (String name : LOADED) {
                // With their own times: the inbox leaves alone a file changed in the last seconds (maybe half-written).
                Files.copy(BUKHARA.resolve(name), staging.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.copy(SAMARKAND, staging.resolve(SAMARKAND.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            ingest.copyIntoInbox(staging);
        } finally {
            try (var files = Files.walk(staging)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        PipelineRuns.Result run = pipeline.run(EnumSet.of(script), EnumSet.of(format));
        assertThat(run.completed()).as("the pipeline on the browser tests' files: %s", run.execution()).isTrue();
        long samarkand = jdbc.sql("select id from submission where district_code like '1718%' order by id limit 1")
                .query(Long.class).single();
        long bukhara = jdbc.sql("select id from submission where district_code like '1706%' and status = 'accepted'"
                + " order by id limit 1").query(Long.class).single();
        return new Loaded(samarkand, bukhara);
    }

    /** The test users, with the known password and English as their remembered language. */
    static void users(Users users, uz.natlib.libstats.users.UserRepository accounts) {
        user(users, REGIONAL, Role.REGIONAL, "1706");
        user(users, ADMIN, Role.ADMIN, null);
        accounts.setLanguage(REGIONAL, "en");
        accounts.setLanguage(ADMIN, "en");
    }

    private static void user(Users users, String name, Role role, String region) {
        if (users.find(name).isEmpty()) {
            users.add(name, role, region, PASSWORD, "en");
        } else {
            users.changePassword(name, PASSWORD);
            users.setEnabled(name, true);
        }
    }
}
