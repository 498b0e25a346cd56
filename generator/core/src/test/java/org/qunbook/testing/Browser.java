package org.qunbook.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (no driver download). When
 * Chromium is not installed the test is skipped with a message, except under {@code CI=true},
 * where a missing browser fails the test so CI can never pass without running it.
 */
public final class Browser implements AutoCloseable {

    /** Debian's paths; {@code QUNBOOK_CHROMIUM} / {@code QUNBOOK_CHROMEDRIVER} override them (e.g. on GitHub runners). */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("QUNBOOK_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("QUNBOOK_CHROMEDRIVER",
            "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        return start(null);
    }

    /**
     * A phone: 390×844 CSS pixels at device pixel ratio 3, a mobile viewport and touch events
     * (Chrome's mobile emulation), as an operator reads the site between chats. {@link #tap} taps.
     */
    public static Browser startPhone() {
        return start(Map.of("deviceMetrics", Map.of("width", 390, "height", 844,
                "pixelRatio", 3.0, "touch", true, "mobile", true)));
    }

    private static Browser start(Map<String, Object> mobileEmulation) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium not installed (run .ci/install-test-deps, which installs what the tests need); "
                    + "skipping browser test";
            if ("true".equals(System.getenv("CI"))) {
                fail(message.replace("skipping", "CI=true, so failing"));
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("qunbook-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            if (mobileEmulation != null) {
                options.setExperimentalOption("mobileEmulation", mobileEmulation);
            }
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebDriverWait waitUpTo(Duration duration) {
        // Search results and other live lists are re-rendered while a test waits on them: an element
        // found a moment ago can be gone by the next call, which only means "not yet", so look again.
        WebDriverWait wait = new WebDriverWait(driver, duration);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** A finger's tap at viewport coordinates (CSS pixels): touch events, then the mouse events and click they cause. */
    public void tap(double x, double y) {
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart",
                "touchPoints", List.of(Map.of("x", x, "y", y))));
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd",
                "touchPoints", List.of()));
    }

    /** Taps the middle of the element (scrolled into the middle of the viewport first). */
    public void tap(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) script(
                "var r = arguments[0].getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2};",
                element);
        tap(((Number) box.get("x")).doubleValue(), ((Number) box.get("y")).doubleValue());
    }

    /** The document's width in CSS pixels minus the viewport's: over 0 means the page pans sideways. */
    public long horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    /** Emulates print media (as the print preview lays the page out) or, with null, the screen again. */
    public void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media == null ? "" : media));
    }

    /** Console messages at SEVERE level since the last call (errors, CSP violations, failed loads). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try {
            if (Files.exists(profile)) {
                try (var walk = Files.walk(profile)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
