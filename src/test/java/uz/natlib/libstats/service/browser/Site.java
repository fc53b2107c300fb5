package uz.natlib.libstats.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser session on the service under test: what a person does (sign in, open a page, press
 * a button) and, for what a browser does not show (a status code, a file's bytes), the same
 * request made with the session's cookie.
 */
final class Site implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;
    private final ChromeDriver driver;
    private final Path downloads;

    private Site(String base, ChromeDriver driver, Path downloads) {
        this.base = base;
        this.driver = driver;
        this.downloads = downloads;
    }

    static Site open(int port, Chromium.Size size) throws IOException {
        Path downloads = Files.createTempDirectory("libstats-downloads-");
        return new Site("http://localhost:" + port, Chromium.start(size, downloads), downloads);
    }

    ChromeDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Signs in on the sign-in page and waits for the page sign-in leads to. */
    void signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"), "sign-in of " + username + " left the sign-in page");
        assertThat(driver.findElements(By.id("sign-out"))).as("signed in as %s", username).isNotEmpty();
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"), "sign-out leads to the sign-in page");
    }

    /** Presses a language button and waits for the page to come back in that language. */
    void switchLanguage(String code, String htmlLang) {
        if (htmlLang.equals(htmlLang())) {
            // Pressed anyway, the answer could come after the next page is asked for.
            return;
        }
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("lang-" + code)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage("the page replaced after pressing #lang-" + code)
                .until(d -> isGone(before));
        waitUntil(d -> htmlLang.equals(htmlLang()), "the page in " + htmlLang + " after pressing #lang-" + code);
    }

    /**
     * Whether the element's page has been replaced. Chromium 156 reports such an element as "not
     * belonging to the document" rather than as stale.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement waitFor(String css, Duration timeout) {
        return new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                // a page half replaced by the next one answers "node does not belong to the document"
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    /** The same GET the browser would make, with its session cookie, answered as is (no redirect followed). */
    HttpResponse<byte[]> fetch(String pathOrUrl) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Path downloads() {
        return downloads;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(downloads)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
