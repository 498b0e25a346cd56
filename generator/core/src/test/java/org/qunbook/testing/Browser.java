package org.qunbook.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
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
        return new WebDriverWait(driver, duration);
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
