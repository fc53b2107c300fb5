package uz.natlib.libstats.service.browser;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.database.RunLock;
import uz.natlib.libstats.home.LibstatsProperties;
import uz.natlib.libstats.ingest.IngestRuns;
import uz.natlib.libstats.pipeline.PipelineRuns;
import uz.natlib.libstats.reports.ReportFormat;
import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.UserRepository;
import uz.natlib.libstats.users.Users;
import uz.natlib.libstats.vocabulary.Script;

/**
 * Screenshots of every page, for people to look at: as an administrator and as a regional user,
 * in the three languages, on a laptop and on a phone, the whole page each, into
 * {@code target/screenshots/<user>/<page>-<language>-<size>.png}; and each page's time as the
 * server answered it. Only when asked: {@code ./mvnw test -Dtest=ScreenshotsTest -Dscreenshots=true}.
 */
@ExtendWith(Chromium.Installed.class)
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsTest {

    private static final Path OUT = Path.of("target", "screenshots");
    private static final Map<String, String> LANGUAGES = Map.of("cyrl", "uz-Cyrl", "latn", "uz-Latn", "en", "en");

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

    BrowserData.Loaded loaded;
    final List<String> timings = new ArrayList<>();

    @BeforeAll
    void warehouse() throws Exception {
        Chromium.required();
        loaded = BrowserData.load(jdbc, properties, ingest, pipeline, runLock, Script.CYRL, ReportFormat.PDF);
    }

    @Test
    void everyPageInEveryLanguageOnALaptopAndOnAPhone() throws Exception {
        for (Chromium.Size size : List.of(Chromium.Size.LAPTOP, Chromium.Size.PHONE)) {
            for (String user : List.of(BrowserData.ADMIN, BrowserData.REGIONAL)) {
                BrowserData.users(users, accounts);
                shoot(user, size);
            }
        }
        Path summary = OUT.resolve("timings.txt");
        Files.write(summary, timings);
        timings.forEach(System.out::println);
        System.out.println("Screenshots in " + OUT.toAbsolutePath());
    }

    private void shoot(String user, Chromium.Size size) throws Exception {
        String who = user.equals(BrowserData.ADMIN) ? "admin" : "regional";
        try (Site site = Site.open(port, size)) {
            site.signIn(user, BrowserData.PASSWORD);
            for (String language : List.of("cyrl", "latn", "en")) {
                site.go("/");
                site.switchLanguage(language, LANGUAGES.get(language));
                for (Map.Entry<String, String> page : pages(who).entrySet()) {
                    site.go(page.getValue());
                    save(site, who, page.getKey(), language, size);
                    time(site, who, page.getKey(), page.getValue(), language, size);
                }
            }
            site.signOut();
            for (String language : List.of("cyrl", "latn", "en")) {
                site.switchLanguage(language, LANGUAGES.get(language));
                save(site, who, "login", language, size);
            }
        }
    }

    private Map<String, String> pages(String who) {
        long submission = who.equals("admin") ? loaded.samarkandSubmission() : loaded.bukharaSubmission();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/");
        pages.put("reports", "/reports");
        pages.put("time-series", "/reports/time-series");
        pages.put("time-series-error", "/reports/time-series/file?territory=1706&from=2021&to=2021&chart=99.98");
        pages.put("submissions", "/submissions?period=2021Q1");
        pages.put("submissions-region", "/submissions?period=2021Q1&region=1706");
        pages.put("submission", "/submissions/" + submission);
        pages.put("upload", "/upload");
        pages.put("templates", "/templates");
        pages.put("jobs", "/jobs");
        pages.put("audit", "/audit");
        pages.put("catalogues", "/admin/catalogues");
        pages.put("error-404", "/no-such-page");
        pages.put("error-400", "/submissions?period=2021Q9");
        return pages;
    }

    private static void save(Site site, String who, String page, String language, Chromium.Size size) throws Exception {
        Chromium.saveFullPage(site.driver(), OUT.resolve(who).resolve(page + "-" + language + "-" + size.name() + ".png"));
    }

    /** The server's answer time of the page alone (no browser rendering), the second of two asks. */
    private void time(Site site, String who, String page, String path, String language, Chromium.Size size)
            throws Exception {
        if (!size.equals(Chromium.Size.LAPTOP)) {
            return;
        }
        site.fetch(path);
        long started = System.nanoTime();
        HttpResponse<byte[]> answer = site.fetch(path);
        long millis = (System.nanoTime() - started) / 1_000_000;
        timings.add(String.format("%-8s %-5s %-20s %3d %5d ms  %s", who, language, page, answer.statusCode(), millis, path));
    }
}
