package io.taisei.identity.internal;

import io.taisei.identity.CookieBrowser;
import io.taisei.identity.Role;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The first start without bootstrap settings, on a context (and so a database) of its own: the console shows a
 * one-time setup URL whose secret creates the first administrator once.
 */
@SpringBootTest(properties = "taisei.base-url=https://taisei.example.test")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartSetupTest {

    static final String PASSWORD = "First-admin-pass-2026";
    static String secret;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Bootstrap bootstrap;

    @Test
    @Order(1)
    void theConsoleShowsAOneTimeSetupUrl(CapturedOutput output) {
        Matcher matcher = Pattern.compile("https://taisei\\.example\\.test/setup\\?secret=([A-Za-z0-9_-]{40,})")
                .matcher(output.getAll());
        assertThat(matcher.find()).as("setup URL on the console").isTrue();
        secret = matcher.group(1);
        assertThat(users.count()).isZero();
    }

    @Test
    @Order(2)
    void aWrongSecretIsRefusedAndCreatesNothing() throws Exception {
        assertThat(mvc.perform(get("/setup")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/setup").param("secret", secret + "x")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        MvcResult wrong = mvc.perform(post("/setup").with(csrf()).param("secret", "guess").param("username", "mallory")
                .param("password", PASSWORD).param("passwordConfirm", PASSWORD)).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
        assertThat(users.count()).isZero();
    }

    @Test
    @Order(3)
    void aWeakPasswordIsShownBesideTheFieldAndKeepsTheSecretValid() throws Exception {
        assertThat(mvc.perform(get("/setup").param("secret", secret)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MvcResult weak = mvc.perform(post("/setup").with(csrf()).param("secret", secret).param("username", "root")
                .param("password", "rootrootroot").param("passwordConfirm", "rootrootroot")).andReturn();
        assertThat(weak.getResponse().getStatus()).isEqualTo(200);
        assertThat(weak.getResponse().getContentAsString()).contains("invalid-feedback");
        MvcResult mismatch = mvc.perform(post("/setup").with(csrf()).param("secret", secret).param("username", "root")
                .param("password", PASSWORD).param("passwordConfirm", PASSWORD + "!")).andReturn();
        assertThat(mismatch.getResponse().getStatus()).isEqualTo(200);
        assertThat(users.count()).isZero();
    }

    @Test
    @Order(4)
    void theRightSecretCreatesTheFirstAdministratorOnce() throws Exception {
        MvcResult created = mvc.perform(post("/setup").with(csrf()).param("secret", secret).param("username", "root")
                .param("displayName", "初代管理者").param("password", PASSWORD).param("passwordConfirm", PASSWORD))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/login?setup");
        UserAccount root = users.findByUsernameIgnoreCase("root").orElseThrow();
        assertThat(root.getRoles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(root.getPasswordHash()).startsWith("{bcrypt}");

        MvcResult again = mvc.perform(post("/setup").with(csrf()).param("secret", secret).param("username", "root2")
                .param("password", PASSWORD).param("passwordConfirm", PASSWORD)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(404);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void theFirstAdministratorMustEnrolMfaAtTheFirstSignIn() throws Exception {
        CookieBrowser browser = new CookieBrowser(mvc);
        assertThat(browser.signIn("root", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/mfa/enrol");
        assertThat(browser.perform(get("/admin/users")).getResponse().getRedirectedUrl()).isEqualTo("/mfa/enrol");
    }

    @Test
    @Order(6)
    void theLastAdministratorCanNeitherBeDisabledNorLoseTheRole() {
        UserAccount root = users.findByUsernameIgnoreCase("root").orElseThrow();
        assertThatThrownBy(() -> accounts.setEnabled(root.getId(), false, "someone-else"))
                .isInstanceOf(IdentityException.class).hasMessageContaining("user.lastAdmin");
        assertThatThrownBy(() -> accounts.update(root.getId(), "x", null, Set.of(Role.CISO), "someone-else"))
                .isInstanceOf(IdentityException.class).hasMessageContaining("user.lastAdmin");

        UserAccount second = accounts.create("second-admin", "Second", null, PASSWORD, Set.of(Role.ADMINISTRATOR));
        accounts.setEnabled(second.getId(), false, "root");
        assertThatThrownBy(() -> accounts.setEnabled(root.getId(), false, "second-admin"))
                .isInstanceOf(IdentityException.class).hasMessageContaining("user.lastAdmin");
        accounts.setEnabled(second.getId(), true, "root");
        accounts.setEnabled(root.getId(), false, "second-admin");
        assertThat(users.findById(root.getId()).orElseThrow().isEnabled()).isFalse();
        accounts.setEnabled(root.getId(), true, "second-admin");
    }

    @Test
    @Order(7)
    void bootstrapSettingsAreIgnoredWithAWarningOnceAUserExists(CapturedOutput output) {
        long before = users.count();
        bootstrap.run(new BootstrapSettings("late-admin", "Late-admin-pass-2026", null, Duration.ofDays(365)));
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findByUsernameIgnoreCase("late-admin")).isEmpty();
        assertThat(output.getAll()).contains("TAISEI_BOOTSTRAP_* settings are ignored");
    }
}
