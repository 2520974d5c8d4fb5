package io.taisei.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by its ChromeDriver. On a developer machine without them the browser tests are
 * skipped with a clear message; in CI ({@code CI=true}) a missing browser fails the run.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        String chromium = System.getenv().getOrDefault("TAISEI_TEST_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("TAISEI_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        boolean available = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
        if (!available) {
            String message = "Chromium or ChromeDriver not found (" + chromium + ", " + chromedriver
                    + "); install Debian's chromium and chromium-driver";
            if (TestDatabase.inCi()) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Flags for a root user on a machine without network or display (see the machine notes).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
