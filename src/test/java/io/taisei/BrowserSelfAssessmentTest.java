package io.taisei;

import io.taisei.compliance.CatalogItemId;
import io.taisei.compliance.CatalogItemSummary;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSummary;
import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccounts;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessment in a real browser, in Japanese: the CISO reads the guideline catalog and an item (whose mappings
 * to other frameworks load through htmx), creates a campaign; the assessor answers an item as not met with a
 * remediation action; the gap report lists it and the heat map counts it in its section. Privileged roles sign in
 * without a second factor here (the first-start browser test covers MFA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taisei.security.mfa-required-roles=ADMINISTRATOR")
class BrowserSelfAssessmentTest {

    static final String PASSWORD = "Jiko-hyoka-pass-2026";
    static final String ITEM = "2.2.1-1";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganizationManagement organization;
    @Autowired
    CatalogManagement catalogs;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCisoStartsACampaignFromTheCatalogAndAnAnswerNotMetShowsInTheGapReportAndHeatMapInJapanese() {
        accounts.create("ciso-sato", "佐藤 CISO", null, PASSWORD, EnumSet.of(Role.CISO));
        accounts.create("tanaka", "田中 一線", null, PASSWORD, EnumSet.of(Role.FIRST_LINE));
        accounts.create("risk-suzuki", "鈴木 リスク管理", null, PASSWORD, EnumSet.of(Role.RISK_MANAGEMENT));
        LegalEntitySummary bank = legalEntity();
        CatalogSummary catalog = catalogs.catalog("fsa-cyber", "2024-10").orElseThrow();
        CatalogItemSummary item = catalogs.item(new CatalogItemId(catalog.id(), ITEM)).orElseThrow();

        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        signIn("ciso-sato");

        // the catalog and one of its items
        browser.get(url("/compliance/catalog"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ガイドライン項目一覧");
        assertThat(browser.findElement(By.id("catalog-counts")).getText())
                .contains("計 " + catalog.totalItems() + " 件");
        assertThat(browser.findElements(By.cssSelector("#items tbody tr"))).isNotEmpty();
        click(By.cssSelector("#section-tree a[href$='section=" + item.sectionNumber() + "']"));
        click(By.linkText(ITEM));
        wait.until(ExpectedConditions.textToBe(By.id("summary-primary"), item.summaryJa()));
        assertThat(browser.findElement(By.id("summary-secondary")).getText()).isEqualTo(item.summaryEn());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("framework-mappings-content")));
        assertThat(browser.findElement(By.id("no-mappings")).getText())
                .isEqualTo("この項目はまだどのフレームワークにも対応付けられていません。");

        // a new campaign
        browser.get(url("/compliance/assessments"));
        click(By.id("new-campaign"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys("2026年度 自己評価");
        new Select(browser.findElement(By.id("legalEntityId"))).selectByValue(String.valueOf(bank.id().value()));
        // the form offers the users who may answer and those who may review, by name
        Select assessors = new Select(browser.findElement(By.id("assessors")));
        assertThat(assessors.getOptions()).extracting(WebElement::getText).contains("田中 一線 (tanaka)")
                .doesNotContain("鈴木 リスク管理 (risk-suzuki)");
        assessors.selectByValue("tanaka");
        new Select(browser.findElement(By.id("reviewer"))).selectByVisibleText("鈴木 リスク管理 (risk-suzuki)");
        click(By.id("save"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-status")));
        assertThat(browser.findElement(By.id("campaign-heading")).getText()).contains("キャンペーン 2026年度 自己評価");
        assertThat(browser.findElement(By.id("campaign-status")).getText()).isEqualTo("作成中");
        assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("0 / " + catalog.totalItems());
        String campaignPage = browser.getCurrentUrl();
        signOut();

        // the assessor answers one item
        signIn("tanaka");
        browser.get(campaignPage);
        click(By.linkText(ITEM));
        click(By.id("status-NOT_MET"));
        browser.findElement(By.id("comment")).sendKeys("台帳の棚卸しが未実施");
        browser.findElement(By.id("owner")).sendKeys("情報システム部");
        click(By.id("save-answer"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-message"))).getText())
                .isEqualTo("保存しました。");
        assertThat(browser.findElement(By.id("item-heading")).getText()).contains("未対応");
        browser.findElement(By.id("r-text")).sendKeys("資産台帳を全件棚卸しする");
        WebElement due = browser.findElement(By.id("r-due"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-03-31'", due);
        click(By.cssSelector("#remediation-form button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("remediation")));
        assertThat(browser.findElement(By.id("remediation")).getText()).contains("資産台帳を全件棚卸しする")
                .contains("2027-03-31");

        // the gap report lists it, fundamental items first
        click(By.linkText("ギャップレポート"));
        WebElement gap = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#gaps tr[data-item='" + ITEM + "']")));
        assertThat(gap.getText()).contains("未対応").contains(item.summaryJa()).contains("資産台帳を全件棚卸しする (2027-03-31)");

        // the heat map counts it in its section
        click(By.linkText("節別ヒートマップ"));
        WebElement section = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#heat-map [data-section='" + item.sectionNumber() + "']")));
        assertThat(section.getText()).contains("未対応 1").contains("対応済 0%");
        assertThat(section.getAttribute("class")).contains("heat-bad");
        signOut();
    }

    /**
     * Clicks once the element is there, scrolled to the middle of the window at once: Bootstrap scrolls smoothly, and a
     * click during the scroll lands on whatever passes under the pointer.
     */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private LegalEntitySummary legalEntity() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "n/a", "x"));
        try {
            return organization.createLegalEntity(new LegalEntityDraft("TAISEI-BK", "大成銀行", "Taisei Bank",
                    LegalEntityKind.INSTITUTION, "JP", null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("user-menu"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
