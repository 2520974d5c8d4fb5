package io.taisei;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.taisei.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first minutes in a real browser, on a server with an empty database: open the setup URL printed on the
 * console, create the administrator, sign in and enrol MFA, sign out, sign in again with a TOTP code, see the Japanese
 * home page, switch to English, sign out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taisei.base-url=http://setup.invalid")
@ExtendWith(OutputCaptureExtension.class)
class BrowserFirstStartTest {

    static final String PASSWORD = "Kanri-sha-pass-2026";

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorIsSetUpSignsInWithMfaSwitchesToEnglishAndSignsOut(CapturedOutput console) throws Exception {
        Matcher setupUrl = Pattern.compile("http://setup\\.invalid(/setup\\?secret=[A-Za-z0-9_-]+)").matcher(console.getAll());
        assertThat(setupUrl.find()).as("a setup URL on the console").isTrue();
        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get(url(setupUrl.group(1)));
        browser.findElement(By.id("username")).sendKeys("kanrisha");
        browser.findElement(By.id("displayName")).sendKeys("管理者 太郎");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("passwordConfirm")).sendKeys(PASSWORD);
        browser.findElement(By.id("create-admin")).click();

        signInWithPassword(wait);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr-code")));
        assertThat(browser.findElement(By.id("qr-code")).getAttribute("src")).startsWith("data:image/png;base64,");
        String secret = browser.findElement(By.id("mfa-secret")).getText().trim();
        browser.findElement(By.id("code")).sendKeys(totp(secret, 0));
        browser.findElement(By.id("confirm-mfa")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        browser.findElement(By.id("continue")).click();
        signOut(wait);

        signInWithPassword(wait);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify")));
        // the enrolment used this time step, and a code is never accepted twice: answer with the next one
        browser.findElement(By.id("code")).sendKeys(totp(secret, 1));
        browser.findElement(By.id("verify")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-language")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("サイバーセキュリティ管理態勢");

        browser.findElement(By.id("switch-language")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Cybersecurity posture"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        signOut(wait);
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).as("signed out: the home page asks to sign in again").contains("/login");
    }

    private void signInWithPassword(WebDriverWait wait) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        browser.findElement(By.id("username")).sendKeys("kanrisha");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
    }

    private void signOut(WebDriverWait wait) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-menu"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String totp(String secret, int stepsAhead) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + stepsAhead);
    }
}
