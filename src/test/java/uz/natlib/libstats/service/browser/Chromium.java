package uz.natlib.libstats.service.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at fixed paths: Selenium
 * Manager is never asked to find or download a browser or a driver (CI has no internet).
 * {@code .ci/run} and {@code jobs/.install-browser} install the two packages.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** A window size; a phone also gets a phone's user agent and touch, as Chrome's device mode does. */
    record Size(String name, int width, int height, boolean phone) {
        static final Size LAPTOP = new Size("laptop", 1280, 900, false);
        static final Size PHONE = new Size("phone", 390, 844, true);
    }

    private static final String PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";

    private Chromium() {
    }

    /**
     * Skips a test class before its application starts when the browser is not installed, except
     * on CI ({@code CI=true}), where the class runs and {@link #required()} fails it.
     */
    static final class Installed implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return isInstalled() || onCi() ? ConditionEvaluationResult.enabled("Chromium is installed, or this is CI")
                    : ConditionEvaluationResult.disabled(MISSING + "; the browser tests are skipped (on CI they fail)");
        }
    }

    private static final String MISSING = "Chromium is not installed (" + BROWSER + ", " + DRIVER
            + "): install Debian's chromium and chromium-driver, e.g. with jobs/.install-browser";

    static boolean isInstalled() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the calling test when the browser is not installed, except on CI ({@code CI=true}),
     * where a missing browser fails it: CI must really run the test.
     */
    static void required() {
        if (isInstalled()) {
            return;
        }
        if (onCi()) {
            fail(MISSING + "; on CI (CI=true) the browser tests must run, not be skipped");
        }
        Assumptions.abort(MISSING + "; the browser test is skipped");
    }

    /** A fresh browser: new profile, no cookies; downloads (if any) go to {@code downloads}. */
    static ChromeDriver start(Size size, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=" + size.width() + "," + size.height(), "--lang=en-GB",
                "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "en-GB,en");
        options.setExperimentalOption("prefs", prefs);
        if (size.phone()) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", size.width(), "height", size.height(), "pixelRatio", 2.0,
                            "touch", true, "mobile", true),
                    "userAgent", PHONE_AGENT));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * The whole page, not just the window: Chrome's own capture beyond the viewport, clipped to
     * the document's size (a page with no script cannot be measured by script: CSP forbids it).
     */
    static void saveFullPage(ChromeDriver driver, Path png) throws java.io.IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        @SuppressWarnings("unchecked")
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = Math.max(number(content.get("width")), number(viewport.get("clientWidth")));
        double height = Math.max(number(content.get("height")), number(viewport.get("clientHeight")));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, 20_000), "scale", 1)));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
