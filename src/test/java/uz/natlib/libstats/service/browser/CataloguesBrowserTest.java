package uz.natlib.libstats.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uz.natlib.libstats.service.ServiceTest;
import uz.natlib.libstats.users.UserRepository;
import uz.natlib.libstats.users.Users;

/**
 * The indicator tables page in a real headless Chromium: an administrator finds it in the
 * navigation, imports a flawed table for 2097 and sees every problem with its row (a screenshot is
 * saved as {@code target/screenshots/catalogues-findings.png}), then a sound one and downloads it;
 * a regional user has no link to it and is refused. Needs no warehouse data; the 2097 rows are
 * removed afterwards.
 */
@ExtendWith(Chromium.Installed.class)
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguesBrowserTest {

    private static final int YEAR = 2097;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HEADER = "code,section,parent_code,breakdown,label_cyrl,label_en,measures,aggregation,"
            + "periodicity,plan,qualitative\n";
    private static final String SOUND = HEADER
            + "1.1,I,,,Жами фонд,Total collection,titles|copies,stock,quarterly,false,false\n";
    private static final String FLAWED = HEADER
            + "1.1,I,,,Жами фонд,Total collection,titles|copies,stock,quarterly,false,false\n"
            + "1.2,I,,,Китоблар,,titles|copies,stock,quarterly,false,false\n"
            + "1.3,I,,,Журналлар,Journals,titles|pages,sometimes,quarterly,false,false\n"
            + "1.4,Z,1.9,,Газеталар,Newspapers,titles,flow,weekly,maybe,false\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    UserRepository accounts;

    @TempDir
    Path files;

    @BeforeAll
    void browser() {
        Chromium.required();
    }

    @BeforeEach
    void knownUsers() {
        BrowserData.users(users, accounts);
        removeFarYear();
    }

    @AfterEach
    void removeFarYear() {
        jdbc.sql("delete from indicator_measure where indicator_id in (select id from indicator where year = ?)")
                .param(YEAR).update();
        jdbc.sql("delete from indicator where year = ?").param(YEAR).update();
        jdbc.sql("delete from section where year = ?").param(YEAR).update();
        jdbc.sql("delete from catalogue_year where year = ?").param(YEAR).update();
    }

    @Test
    void anAdministratorImportsAFlawedTableSeesItsFindingsThenImportsASoundOneAndDownloadsIt() throws Exception {
        Path flawed = Files.writeString(files.resolve("flawed-<b>table<b>.csv"), FLAWED, StandardCharsets.UTF_8);
        Path sound = Files.writeString(files.resolve("table-2097.csv"), SOUND, StandardCharsets.UTF_8);
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.ADMIN, BrowserData.PASSWORD);
            site.find("nav.main-nav a[href='/admin/catalogues']").click();
            site.waitFor("#import-form", Duration.ofSeconds(15));
            assertThat(site.find("h1").getText()).isEqualTo("Indicator tables");
            assertThat(site.driver().findElements(By.id("catalogue-2021"))).isNotEmpty();

            importTable(site, flawed);
            site.waitFor("#findings", Duration.ofSeconds(30));
            assertThat(site.find("#catalogue-refused").getText()).contains("The 2097 table was not imported");
            List<WebElement> rows = site.driver().findElements(By.cssSelector("#findings tr.finding"));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
            assertThat(rows.stream().map(r -> r.getAttribute("data-row")).distinct())
                    .contains("3", "4", "5").doesNotContain("2");
            assertThat(site.find("#findings").getText()).contains("The English label (label_en) is missing.");
            assertThat(site.driver().getPageSource()).doesNotContain("<b>table<b>");
            Path png = SCREENSHOTS.resolve("catalogues-findings.png");
            Chromium.saveFullPage(site.driver(), png);
            System.out.println("Screenshot of the findings: " + png.toAbsolutePath());
            assertThat(count()).isZero();

            importTable(site, sound);
            site.waitFor("#catalogue-imported", Duration.ofSeconds(30));
            assertThat(site.find("#catalogue-imported").getText()).isEqualTo("Imported the 2097 table: 1 rows.");
            assertThat(site.find("#catalogue-2097").getText()).contains("web: " + BrowserData.ADMIN);
            Chromium.saveFullPage(site.driver(), SCREENSHOTS.resolve("catalogues-imported.png"));
            String href = site.find("#download-2097").getAttribute("href");
            HttpResponse<byte[]> download = site.fetch(href);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition"))
                    .contains("attachment; filename=\"catalogue-2097.csv\"");
            assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("1.1,,I,,,Жами фонд,");
        }
    }

    @Test
    void onAPhoneInCyrillicTheFindingsAreInCyrillic() throws Exception {
        Path flawed = Files.writeString(files.resolve("jadval.csv"), FLAWED, StandardCharsets.UTF_8);
        try (Site site = Site.open(port, Chromium.Size.PHONE)) {
            site.signIn(BrowserData.ADMIN, BrowserData.PASSWORD);
            site.go("/admin/catalogues");
            site.switchLanguage("cyrl", "uz-Cyrl");
            assertThat(site.find("h1").getText()).isEqualTo("Кўрсаткичлар жадваллари");
            importTable(site, flawed);
            site.waitFor("#findings", Duration.ofSeconds(30));
            assertThat(site.find("#findings").getText()).contains("Инглизча ном (label_en) йўқ.");
            Chromium.saveFullPage(site.driver(), SCREENSHOTS.resolve("catalogues-findings-cyrl-phone.png"));
        } finally {
            accounts.setLanguage(BrowserData.ADMIN, "en");
        }
    }

    @Test
    void aRegionalUserHasNoLinkAndIsRefused() throws Exception {
        try (Site site = Site.open(port, Chromium.Size.LAPTOP)) {
            site.signIn(BrowserData.REGIONAL, BrowserData.PASSWORD);
            assertThat(site.driver().findElements(By.cssSelector("a[href='/admin/catalogues']"))).isEmpty();
            assertThat(site.fetch("/admin/catalogues").statusCode()).isEqualTo(403);
            assertThat(site.fetch("/admin/catalogues/2021.csv").statusCode()).isEqualTo(403);
        }
    }

    private static void importTable(Site site, Path file) {
        WebElement year = site.find("#year");
        year.clear();
        year.sendKeys(Integer.toString(YEAR));
        site.find("#file").sendKeys(file.toAbsolutePath().toString());
        WebElement before = site.find("html");
        site.find("#import-table").click();
        site.waitUntil(d -> {
            try {
                before.getTagName();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        }, "the page replaced after pressing Import");
    }

    private long count() {
        return jdbc.sql("select count(*) from catalogue_year where year = ?").param(YEAR).query(Long.class).single();
    }
}
