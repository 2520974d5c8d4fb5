package io.taisei.identity;

import io.taisei.identity.internal.Sessions;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.identity.internal.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class SignInFlowTest {

    static final String PASSWORD = "correct-Horse-battery-7";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    Sessions sessions;

    String newUser(Role... roles) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username, null, PASSWORD, EnumSet.copyOf(Set.of(roles)));
        return username;
    }

    /** Signs in, enrols MFA (required for CISO) and answers the TOTP secret and the recovery codes. */
    record Enrolled(String secret, String confirmingCode, List<String> recoveryCodes) {
    }

    Enrolled enrol(CookieBrowser browser) throws Exception {
        String page = browser.perform(get("/mfa/enrol")).getResponse().getContentAsString();
        assertThat(page).contains("src=\"data:image/png;base64,");
        String secret = CookieBrowser.find(page, "id=\"mfa-secret\"[^>]*>([A-Z2-7]+)<");
        String confirmingCode = CookieBrowser.totp(secret);
        MvcResult confirmed = browser.perform(post("/mfa/enrol").param("code", confirmingCode).with(csrf()));
        String codesPage = confirmed.getResponse().getContentAsString();
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
        Matcher matcher = Pattern.compile("<li>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</li>").matcher(codesPage);
        List<String> codes = matcher.results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(10);
        return new Enrolled(secret, confirmingCode, codes);
    }

    @Test
    void aUserWithoutMfaRequirementSignsInWithThePasswordAlone() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        CookieBrowser browser = new CookieBrowser(mvc);
        assertThat(browser.signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRoleThatRequiresMfaMustEnrolBeforeAnythingElseAndThenSignsInWithACode() throws Exception {
        String username = newUser(Role.CISO);
        CookieBrowser browser = new CookieBrowser(mvc);
        assertThat(browser.signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/mfa/enrol");
        assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/mfa/enrol");
        assertThat(browser.perform(get("/admin/users")).getResponse().getRedirectedUrl()).isEqualTo("/mfa/enrol");

        Enrolled enrolled = enrol(browser);
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().isMfaEnabled()).isTrue();

        CookieBrowser next = new CookieBrowser(mvc);
        assertThat(next.signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/mfa");
        assertThat(next.perform(get("/account")).getResponse().getRedirectedUrl()).isEqualTo("/mfa");
        MvcResult wrong = next.perform(post("/mfa").param("code", "000000").with(csrf()));
        assertThat(wrong.getResponse().getContentAsString()).contains("id=\"code-error\"");
        assertThat(next.perform(get("/account")).getResponse().getRedirectedUrl()).isEqualTo("/mfa");
        // The enrolment code's time step is used up: a fresh step is needed, so wait for no clock — use a recovery code.
        MvcResult ok = next.perform(post("/mfa").param("code", enrolled.recoveryCodes().get(0)).with(csrf()));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(next.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aTotpCodeCannotBeUsedTwice() throws Exception {
        String username = newUser(Role.CISO);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.signIn(username, PASSWORD);
        Enrolled enrolled = enrol(browser);
        // The code that confirmed enrolment cannot sign in again. (Recomputing "the current code" here instead made the
        // test pass a fresh code whenever a 30-second step boundary fell between enrolment and this request.)
        CookieBrowser next = new CookieBrowser(mvc);
        next.signIn(username, PASSWORD);
        MvcResult replay = next.perform(post("/mfa").param("code", enrolled.confirmingCode()).with(csrf()));
        assertThat(replay.getResponse().getRedirectedUrl()).isNull();
        assertThat(replay.getResponse().getContentAsString()).contains("id=\"code-error\"");
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        String username = newUser(Role.RISK_MANAGEMENT);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.signIn(username, PASSWORD);
        Enrolled enrolled = enrol(browser);
        String code = enrolled.recoveryCodes().get(3);

        CookieBrowser first = new CookieBrowser(mvc);
        first.signIn(username, PASSWORD);
        assertThat(first.perform(post("/mfa").param("code", code.toUpperCase()).with(csrf()))
                .getResponse().getRedirectedUrl()).isEqualTo("/");

        CookieBrowser second = new CookieBrowser(mvc);
        second.signIn(username, PASSWORD);
        assertThat(second.perform(post("/mfa").param("code", code).with(csrf())).getResponse().getRedirectedUrl())
                .isNull();
    }

    @Test
    void anAccountIsLockedAfterFiveFailedSignInsEvenForTheRightPassword() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        CookieBrowser browser = new CookieBrowser(mvc);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(username, "wrong-password-" + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getFailedAttempts()).isEqualTo(4);
        browser.signIn(username, "wrong-password-5");
        UserAccount locked = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(locked.getLockedUntil()).isNotNull();

        assertThat(browser.signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        accounts.unlock(locked.getId());
        assertThat(browser.signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void wrongMfaCodesCountTowardsTheLockout() throws Exception {
        String username = newUser(Role.CISO);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.signIn(username, PASSWORD);
        enrol(browser);
        CookieBrowser attacker = new CookieBrowser(mvc);
        attacker.signIn(username, PASSWORD);
        MvcResult last = null;
        for (int i = 0; i < 5; i++) {
            last = attacker.perform(post("/mfa").param("code", "12345" + i).with(csrf()));
        }
        assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getLockedUntil()).isNotNull();
        assertThat(attacker.perform(get("/mfa")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        assertThat(mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.signIn(username, PASSWORD);
        assertThat(browser.perform(post("/preferences/language").param("lang", "en")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getLocale()).isEqualTo("ja");
    }

    @Test
    void theLanguageChoiceIsStoredAndAppliedAtTheNextSignIn() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.signIn(username, PASSWORD);
        MvcResult switched = browser.perform(post("/preferences/language").param("lang", "en")
                .header("Referer", "http://localhost/account?tab=1").with(csrf()));
        assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/account?tab=1");
        assertThat(switched.getResponse().getCookie("TAISEI_LANG").getValue()).isEqualTo("en");
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getLocale()).isEqualTo("en");

        MvcResult offSite = browser.perform(post("/preferences/language").param("lang", "en")
                .header("Referer", "https://evil.example/phish").with(csrf()));
        assertThat(offSite.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(post("/preferences/language").param("lang", "fr").with(csrf()))
                .getResponse().getStatus()).isEqualTo(400);

        MvcResult signIn = new CookieBrowser(mvc).signIn(username, PASSWORD);
        assertThat(signIn.getResponse().getCookie("TAISEI_LANG").getValue()).isEqualTo("en");
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheUser() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        CookieBrowser laptop = new CookieBrowser(mvc);
        CookieBrowser phone = new CookieBrowser(mvc);
        laptop.signIn(username, PASSWORD);
        phone.signIn(username, PASSWORD);
        assertThat(phone.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(sessions.count(username)).isEqualTo(2);

        MvcResult result = laptop.perform(post("/account/sessions/revoke").with(csrf()));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(sessions.count(username)).isZero();
        assertThat(phone.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.perform(get("/account"));
        String before = browser.cookie("TAISEI_SESSION") == null ? null : browser.cookie("TAISEI_SESSION").getValue();
        browser.signIn(username, PASSWORD);
        assertThat(browser.cookie("TAISEI_SESSION")).isNotNull();
        assertThat(browser.cookie("TAISEI_SESSION").getValue()).isNotEqualTo(before);
        assertThat(browser.cookie("TAISEI_SESSION").isHttpOnly()).isTrue();
    }

    @Test
    void changingThePasswordChecksThePolicyAndSignsOutOtherBrowsers() throws Exception {
        String username = newUser(Role.FIRST_LINE);
        CookieBrowser laptop = new CookieBrowser(mvc);
        CookieBrowser stolen = new CookieBrowser(mvc);
        laptop.signIn(username, PASSWORD);
        stolen.signIn(username, PASSWORD);

        MvcResult weak = laptop.perform(post("/account/password").param("currentPassword", PASSWORD)
                .param("newPassword", "short").param("confirmPassword", "short").with(csrf()));
        assertThat(weak.getResponse().getContentAsString()).contains("invalid-feedback");
        MvcResult wrongCurrent = laptop.perform(post("/account/password").param("currentPassword", "nope")
                .param("newPassword", "New-password-2026").param("confirmPassword", "New-password-2026").with(csrf()));
        assertThat(wrongCurrent.getResponse().getStatus()).isEqualTo(200);
        assertThat(sessions.count(username)).isEqualTo(2);

        MvcResult changed = laptop.perform(post("/account/password").param("currentPassword", PASSWORD)
                .param("newPassword", "New-password-2026").param("confirmPassword", "New-password-2026").with(csrf()));
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(laptop.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(stolen.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(new CookieBrowser(mvc).signIn(username, "New-password-2026").getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }
}
