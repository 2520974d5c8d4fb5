package io.taisei.asset;

import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccounts;
import io.taisei.organization.OrganizationManagement;
import io.taisei.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system fields of the ledger forms and the system filters reach every system: with more than 2,000 systems (a
 * select of every system was cut off there), a system whose code sorts after all of them is suggested, chosen by its
 * code, checked on the server and stored; a code that names no system is refused beside its field. Its own context
 * (server on a random port), so that the 2,100 systems stay out of the other tests' database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taisei.test.context=many-systems")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemPickerTest {

    static final String PASSWORD = "Dai-ichi-sen-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    AssetManagement assets;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    WebDriver browser;

    /** The last system by code, after 2,100 others. */
    SystemSummary last;
    SystemSummary early;

    @BeforeAll
    void moreThanTwoThousandSystems() {
        var org = org(organization);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            rows.add(new Object[]{String.format("BULK-%04d", i), "一括システム " + i, "IN_HOUSE",
                    org.legalEntity().id().value(), org.department().id().value(), "IN_SERVICE", "MEDIUM", "MEDIUM",
                    "MEDIUM", "MEDIUM", "P3", false, "PRODUCTION", now, now});
        }
        jdbc.batchUpdate("INSERT INTO ast_system (code, name, kind, legal_entity_id, department_id, lifecycle, "
                + "importance, confidentiality, integrity, availability, protection_priority, internet_exposed, "
                + "environment, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        SystemDraft draft = AssetFixtures.inHouse("ZZ-LAST-" + unique("S"), org);
        last = assets.createSystem(new SystemDraft(draft.code(), "最後の勘定系", draft.purpose(), draft.kind(),
                draft.legalEntityId(), draft.departmentId(), draft.ownerId(), draft.lifecycle(), draft.importance(),
                draft.confidentiality(), draft.integrity(), draft.availability(), draft.internetExposed(),
                draft.environment(), null, null, null, null, null, null));
        early = assets.systemByCode("BULK-0005").orElseThrow();
        assertThat(assets.systems(SystemFilter.none(), PageRequest.of(0, 1))
                .getTotalElements()).isGreaterThan(2000);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aHardwareRecordRunsInASystemBeyondTheTwoThousandthNamedByCodeAndUntickingASystemRemovesIt() throws Exception {
        assertThat(page(get("/assets/systems/suggestions").param("system", "最後の勘定")))
                .contains("<option value=\"" + last.code() + "\"", "data-id=\"" + last.id().value() + "\"");
        String form = page(get("/assets/hardware-software/new"));
        assertThat(form).contains("name=\"systemIdsCodes\"").doesNotContain("BULK-0000", last.code());

        String code = unique("PICK");
        String location = mvc.perform(post("/assets/hardware-software/new").with(WRITER).with(csrf())
                        .param("code", code).param("kind", "MIDDLEWARE").param("product", "Tomcat")
                        .param("quantity", "1").param("_supportExtendable", "on")
                        .param("systemIdsCodes", last.code().toLowerCase(Locale.ROOT) + ", " + early.code()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        HardwareSoftwareSummary saved = assets.hardwareSoftwareByCode(code).orElseThrow();
        assertThat(saved.systemIds()).containsExactlyInAnyOrder(last.id(), early.id());

        String edit = page(get(location + "/edit"));
        assertThat(edit).contains("value=\"" + last.id().value() + "\"", "value=\"" + early.id().value() + "\"",
                last.code() + " 最後の勘定系");
        mvc.perform(post(location + "/edit").with(WRITER).with(csrf())
                        .param("code", code).param("kind", "MIDDLEWARE").param("product", "Tomcat")
                        .param("quantity", "1").param("_supportExtendable", "on")
                        .param("version", String.valueOf(saved.version()))
                        .param("systemIds", String.valueOf(last.id().value())).param("systemIdsCodes", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(assets.hardwareSoftwareByCode(code).orElseThrow().systemIds()).containsExactly(last.id());
    }

    @Test
    void aCodeThatNamesNoSystemIsRefusedBesideItsFieldNamingItAndNothingIsSaved() throws Exception {
        String code = unique("NOPE");
        String refused = page(post("/assets/hardware-software/new").with(csrf()).param("code", code)
                .param("kind", "MIDDLEWARE").param("product", "Tomcat").param("quantity", "1")
                .param("_supportExtendable", "on").param("systemIdsCodes", last.code() + " NO-SUCH-1 NO-SUCH-2"));
        assertThat(feedback(refused, "systemIdsCodes")).isEqualTo("コード NO-SUCH-1, NO-SUCH-2 のシステムはありません。");
        assertThat(refused).contains("value=\"NO-SUCH-1 NO-SUCH-2\"", "value=\"" + last.id().value() + "\"");
        assertThat(assets.hardwareSoftwareByCode(code)).isEmpty();

        String connection = unique("NOPE");
        String unknownFrom = page(post("/assets/connections/new").with(csrf()).param("code", connection)
                .param("kind", "SYSTEM").param("direction", "OUTBOUND").param("fromSystemIdCode", "NO-SUCH-3")
                .param("toSystemIdCode", last.code()));
        assertThat(feedback(unknownFrom, "fromSystemIdCode")).isEqualTo("コード NO-SUCH-3 のシステムはありません。");
        String noFrom = page(post("/assets/connections/new").with(csrf()).param("code", connection)
                .param("kind", "SYSTEM").param("direction", "OUTBOUND").param("fromSystemIdCode", " ")
                .param("toSystemIdCode", last.code()));
        assertThat(feedback(noFrom, "fromSystemIdCode")).isNotBlank().doesNotContain("コード");
        assertThat(assets.connectionByCode(connection)).isEmpty();
    }

    @Test
    void connectionsDataAndUnmanagedServicesNameTheirSystemsByCodeAndTheListsFilterByIt() throws Exception {
        String connection = unique("PCONN");
        mvc.perform(post("/assets/connections/new").with(WRITER).with(csrf()).param("code", connection)
                        .param("kind", "SYSTEM").param("direction", "OUTBOUND").param("_encrypted", "on")
                        .param("fromSystemIdCode", early.code()).param("toSystemIdCode", last.code()))
                .andExpect(status().is3xxRedirection());
        ConnectionSummary saved = assets.connectionByCode(connection).orElseThrow();
        assertThat(saved.fromSystemId()).isEqualTo(early.id());
        assertThat(saved.toSystemId()).isEqualTo(last.id());
        assertThat(page(get("/assets/connections/" + saved.id().value() + "/edit")))
                .contains("value=\"" + early.code() + "\"", "value=\"" + last.code() + "\"");
        assertThat(page(get("/assets/connections").param("system", last.code()))).contains(connection);
        assertThat(page(get("/assets/connections").param("system", "NO-SUCH-4")))
                .contains("このコードのシステムはありません。").doesNotContain(connection);

        String data = unique("PDATA");
        mvc.perform(post("/assets/data/new").with(WRITER).with(csrf()).param("code", data).param("name", "口座")
                        .param("category", "CUSTOMER_INFORMATION").param("classification", "CONFIDENTIAL")
                        .param("storedInIds", String.valueOf(early.id().value())).param("storedInIdsCodes", last.code())
                        .param("processedInIdsCodes", last.code()))
                .andExpect(status().is3xxRedirection());
        DataAssetSummary stored = assets.dataByCode(data).orElseThrow();
        assertThat(stored.storedIn()).containsExactlyInAnyOrder(early.id(), last.id());
        assertThat(stored.processedIn()).containsExactly(last.id());

        String service = unique("シャドーIT");
        String location = mvc.perform(post("/assets/unmanaged/new").with(WRITER).with(csrf())
                        .param("kind", "CLOUD_SERVICE").param("name", service).param("foundWhere", "プロキシログ")
                        .param("discoveryMethod", "PROXY_LOG")
                        .param("discoveredOn", LocalDate.now().minusDays(1).toString())
                        .param("systemIdCode", last.code()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(get(location + "/edit"))).contains("value=\"" + last.code() + "\"");

        assertThat(page(get("/assets/diagrams").param("system", "NO-SUCH-5")))
                .contains("このコードのシステムはありません。").doesNotContain("<svg");
        assertThat(page(get("/assets/diagrams").param("system", last.code())))
                .contains("value=\"" + last.code() + "\"", "systemId=" + last.id().value());
    }

    @Test
    void inTheBrowserASuggestedSystemBeyondTheTwoThousandthIsTickedWithEnterAndSaved() {
        String username = "picker" + unique("u").toLowerCase(Locale.ROOT).replace("-", "");
        accounts.create(username, username, null, PASSWORD, EnumSet.of(Role.FIRST_LINE));
        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(url("/assets/hardware-software/new"));
        String code = unique("BROWSER");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("product")).sendKeys("PostgreSQL");
        WebElement add = browser.findElement(By.id("systemIdsCodes"));
        add.sendKeys(last.code().toLowerCase(Locale.ROOT));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#systemIds-suggestions option[value='" + last.code() + "']")));
        add.sendKeys(Keys.ENTER);
        WebElement ticked = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("systemIds-" + last.id().value())));
        assertThat(ticked.isSelected()).isTrue();
        assertThat(add.getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.cssSelector("label[for='systemIds-" + last.id().value() + "']")).getText())
                .isEqualTo(last.code() + " 最後の勘定系");
        ticked.click(); // unticked, then chosen again: ticked again, listed once
        assertThat(ticked.isSelected()).isFalse();
        add.sendKeys(last.code());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#systemIds-suggestions option[value='" + last.code() + "']")));
        add.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.elementSelectionStateToBe(ticked, true));
        assertThat(browser.findElements(By.cssSelector("#systemIds-chosen li"))).hasSize(1);

        browser.findElement(By.id("product")).sendKeys(Keys.ENTER); // Enter in a plain field sends the form
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        assertThat(assets.hardwareSoftwareByCode(code).orElseThrow().systemIds()).containsExactly(last.id());
        assertThat(browser.getPageSource()).contains(last.code());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(WRITER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The error text shown beside the field with this id. */
    private static String feedback(String page, String fieldId) {
        Matcher matcher = Pattern.compile("id=\"" + fieldId
                + "\"[\\s\\S]*?<div class=\"invalid-feedback\">([\\s\\S]*?)</div>").matcher(page);
        assertThat(matcher.find()).as("an error beside " + fieldId).isTrue();
        return matcher.group(1).strip();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
