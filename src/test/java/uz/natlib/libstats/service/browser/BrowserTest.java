package uz.natlib.libstats.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.service.web.Language;
import uz.natlib.libstats.users.UserRepository;
import uz.natlib.libstats.users.Users;
import uz.natlib.libstats.vocabulary.Script;

/**
 * The service in a real headless Chromium, as its users meet it: a regional user of Bukhara
 * uploads a return and sees its outcome, downloads a Bukhara report, is refused a Samarkand
 * district's feedback, and switches the language; an administrator starts a consolidation by
 * hand. Each step in a fresh browser. Skipped where Chromium is not installed, except on CI.
 */
@ExtendWith(Chromium.Installed.class)
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Duration INGEST_WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LibstatsProperties properties;

    @Autowired
    IngestRuns ingest;

    @Autowired
    PipelineRuns pipeline;

    @Autowired
    RunLock runLock;

    @Autowired
    Users users;

    @Autowired
    UserRepository accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    Scheduler scheduler;

    BrowserData.Loaded loaded;

    @BeforeAll
    void warehouseAndScheduler() throws Exception {
        Chromium.required();
        loaded = BrowserData.load(jdbc, properties, ingest, pipeline, runLock, Script.LATN, ReportFormat.CSV);
        // An upload and a job started by hand run through Quartz, which @ServiceTest leaves stopped.
        scheduler.start();
    }

    @AfterAll
    void stopScheduler() throws Exception {
        if (!scheduler.isStarted()) {
            return;
        }
        // A job started here must not run on while the next test class empties the warehouse.
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(250);
        }
        scheduler.standby();
    }

    @BeforeEach
    void knownUsers() {
        BrowserData.users(users, accounts);
    }

    @Test
    @Order(1)
    void anAdministratorStartsAConsolidationByHand() throws Exception {
        long before = lastPipelineExecution();
        long jobsBefore = audited(BrowserData.ADMIN, "job_started");
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.ADMIN, BrowserData.PASSWORD);
            site.go("/jobs");
            site.find("#start-nightly").click();
            site.waitFor("#job-started", Duration.ofSeconds(15));

            Instant until = Instant.now().plus(INGEST_WAIT);
            while (lastPipelineExecution() == before && Instant.now().isBefore(until)) {
                Thread.sleep(250);
            }
            long started = lastPipelineExecution();
            assertThat(started).as("a pipelineJob execution started by the button").isGreaterThan(before);

            // The page lists the run (by its execution id, or by its job's name), by the time it ends at the latest.
            Pattern run = Pattern.compile("pipelineJob|(?<=[>#/=\"\\s])" + started + "(?=[<\"&?\\s])");
            boolean listed = false;
            for (int i = 0; i < 30 && !listed; i++) {
                site.go("/jobs");
                listed = run.matcher(site.driver().getPageSource()).find();
                if (!listed) {
                    Thread.sleep(2000);
                }
            }
            assertThat(listed).as("/jobs shows the run (execution %s) started by hand", started).isTrue();
            assertThat(audited(BrowserData.ADMIN, "job_started")).as("jobs started by hand audited")
                    .isGreaterThan(jobsBefore);
        }
    }

    @Test
    @Order(2)
    void aRegionalUserUploadsAReturnAndSeesItsOutcome() throws Exception {
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);
            long uploadsBefore = audited(BrowserData.REGIONAL, "upload");
            site.go("/upload");
            WebElement file = site.find("input[type=file]");
            file.sendKeys(BrowserData.BUKHARA.resolve(BrowserData.UPLOADED).toAbsolutePath().toString());
            file.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();

            Pattern submission = Pattern.compile(".*/submissions/(\\d+)([?#].*)?$");
            site.waitUntil(d -> submission.matcher(d.getCurrentUrl()).matches(), "the upload leads to its submission");
            Matcher landed = submission.matcher(site.driver().getCurrentUrl());
            assertThat(landed.matches()).isTrue();
            long id = Long.parseLong(landed.group(1));
            assertThat(jdbc.sql("select original_name from submission where id = ?").param(id)
                    .query(String.class).single()).as("the file the submission is of").endsWith(BrowserData.UPLOADED);

            String outcome = outcomeOnceProcessed(site);
            assertThat(outcome).as("the outcome of a good sample return").startsWith("accepted");
            assertThat(site.find("#outcome").getText()).isNotBlank();
            assertThat(jdbc.sql("select status from submission where id = ?").param(id).query(String.class).single())
                    .isEqualTo("accepted");
            assertThat(audited(BrowserData.REGIONAL, "upload")).as("uploads audited").isGreaterThan(uploadsBefore);
        }
    }

    /** A page shows an upload as received until the inbox's job has checked it; reloaded until then. */
    private static String outcomeOnceProcessed(Site site) throws InterruptedException {
        Instant until = Instant.now().plus(INGEST_WAIT);
        while (true) {
            String outcome = site.waitFor("#outcome", Duration.ofSeconds(10)).getAttribute("data-outcome");
            if (!Set.of("", "received", "pending", "waiting", "processing").contains(outcome == null ? "" : outcome)
                    || Instant.now().isAfter(until)) {
                return outcome;
            }
            Thread.sleep(1000);
            site.driver().navigate().refresh();
        }
    }

    @Test
    @Order(3)
    void aRegionalUserDownloadsABukharaReport() throws Exception {
        List<Long> bukharaReports = jdbc.sql("select id from report where territory_code = '1706' and current")
                .query(Long.class).list();
        assertThat(bukharaReports).as("the setup made Bukhara's reports").isNotEmpty();
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);
            site.go("/reports");
            assertThat(site.driver().findElements(By.cssSelector("form#report-filters"))).as("form#report-filters on /reports")
                    .isNotEmpty();
            String href = bukharaLink(site, bukharaReports);
            if (href == null) {
                site.go("/reports?territory=1706");
                href = bukharaLink(site, bukharaReports);
            }
            assertThat(href).as("a download link of a Bukhara report in table#reports").isNotNull();
            long id = Long.parseLong(href.replaceAll(".*/reports/(\\d+)/file$", "$1"));
            long downloadsBefore = audited(BrowserData.REGIONAL, "download");

            HttpResponse<byte[]> download = site.fetch(href);

            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
            String sha = jdbc.sql("select sha256 from report where id = ?").param(id).query(String.class).single();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
                    .as("the bytes of report %s", id).isEqualTo(sha);
            assertThat(audited(BrowserData.REGIONAL, "download")).as("downloads audited").isGreaterThan(downloadsBefore);
        }
    }

    private static String bukharaLink(Site site, List<Long> ids) {
        Pattern fileLink = Pattern.compile(".*/reports/(\\d+)/file$");
        for (WebElement link : site.driver().findElements(By.cssSelector("table#reports a.download"))) {
            String href = link.getAttribute("href");
            Matcher m = href == null ? null : fileLink.matcher(href);
            if (m != null && m.matches() && ids.contains(Long.parseLong(m.group(1)))) {
                return href;
            }
        }
        return null;
    }

    @Test
    @Order(4)
    void aRegionalUserIsRefusedASamarkandDistrictsFeedbackAndTheAuditPage() throws Exception {
        String forbidden = messages.getMessage("error.status.403", null, Locale.ENGLISH);
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);

            site.go("/audit");
            assertRefused(site, "/audit", forbidden);

            String samarkand = "/submissions/" + loaded.samarkandSubmission() + "/feedback";
            long refusalsBefore = audited(BrowserData.REGIONAL, "refused");
            site.go(samarkand);
            assertRefused(site, samarkand, forbidden);
            assertThat(audited(BrowserData.REGIONAL, "refused")).as("refusals audited").isGreaterThan(refusalsBefore);
        }
    }

    private static void assertRefused(Site site, String path, String forbidden) throws Exception {
        assertThat(site.driver().getTitle()).as("title of %s", path).contains(forbidden);
        assertThat(site.find("h1").getText()).as("heading of %s", path).contains("403");
        assertThat(site.fetch(path).statusCode()).as("status of %s", path).isEqualTo(403);
    }

    @Test
    @Order(5)
    void aRegionalUserSwitchesTheLanguageAndItIsRemembered() throws Exception {
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);
            assertThat(site.htmlLang()).isEqualTo("en");
            assertThat(reportsLink(site)).isEqualTo("Reports");

            site.switchLanguage("cyrl", "uz-Cyrl");
            assertThat(reportsLink(site)).isEqualTo(message("nav.reports", Language.CYRL)).matches(".*\\p{IsCyrillic}.*");
            assertCurrent(site, "cyrl");

            site.switchLanguage("latn", "uz-Latn");
            assertThat(reportsLink(site)).isEqualTo(message("nav.reports", Language.LATN))
                    .doesNotMatch(".*\\p{IsCyrillic}.*");
            assertCurrent(site, "latn");

            site.switchLanguage("en", "en");
            assertThat(reportsLink(site)).isEqualTo("Reports");
            assertCurrent(site, "en");

            site.switchLanguage("cyrl", "uz-Cyrl");
            site.signOut();
            assertThat(site.htmlLang()).as("the sign-in page after signing out").isEqualTo("uz-Cyrl");
            site.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);
            assertThat(site.htmlLang()).as("the language after signing in again").isEqualTo("uz-Cyrl");
            assertThat(reportsLink(site)).isEqualTo(message("nav.reports", Language.CYRL));
        }
        try (Site elsewhere = Site.open(port, Chromium.Size.PHONE)) {
            elsewhere.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);
            assertThat(elsewhere.htmlLang()).as("the language in another browser, remembered for the user")
                    .isEqualTo("uz-Cyrl");
        }
    }

    private static String reportsLink(Site site) {
        return site.find("nav a[href='/reports']").getText().strip();
    }

    private static void assertCurrent(Site site, String code) {
        WebElement button = site.find("#lang-" + code);
        assertThat(button.getAttribute("class")).contains("current");
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        for (Language other : Language.values()) {
            if (!other.code().equals(code)) {
                assertThat(site.find("#lang-" + other.code()).getAttribute("aria-pressed")).isEqualTo("false");
            }
        }
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    private long lastPipelineExecution() {
        return jdbc.sql("select coalesce(max(e.job_execution_id), 0) from batch_job_execution e"
                + " join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'pipelineJob'")
                .query(Long.class).single();
    }

    private long audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where username = ? and action = ?")
                .param(username).param(action).query(Long.class).single();
    }
}
