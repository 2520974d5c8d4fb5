package io.taisei.identity;

import io.taisei.identity.internal.ApiToken;
import io.taisei.identity.internal.ApiTokens;
import io.taisei.identity.internal.Sessions;
import io.taisei.identity.internal.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A role change by an administrator applies to the user's running sessions and API tokens at once. */
@SpringBootTest
@AutoConfigureMockMvc
class RoleChangeTest {

    static final String PASSWORD = "correct-Horse-battery-7";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Sessions sessions;

    private long newUser(String username, Role role) {
        return accounts.create(username, username, null, PASSWORD, EnumSet.of(role)).getId();
    }

    private void changeRolesAsAdministrator(long id, String... roles) throws Exception {
        var request = post("/admin/users/" + id).param("displayName", "Changed").with(csrf())
                .with(user("admin").authorities(() -> "identity.admin", () -> "identity.read"));
        for (String role : roles) {
            request.param("roles", role);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRoleChangeEndsTheUsersSessionsSoTheNextRequestAlreadyHasTheNewRoles() throws Exception {
        String username = "rc" + UUID.randomUUID().toString().substring(0, 8);
        long id = newUser(username, Role.FIRST_LINE);
        CookieBrowser laptop = new CookieBrowser(mvc);
        CookieBrowser phone = new CookieBrowser(mvc);
        laptop.signIn(username, PASSWORD);
        phone.signIn(username, PASSWORD);
        assertThat(laptop.perform(get("/assets/hardware-software/new")).getResponse().getStatus()).isEqualTo(200);
        assertThat(sessions.count(username)).isEqualTo(2);

        changeRolesAsAdministrator(id, "READ_ONLY");

        assertThat(sessions.count(username)).isZero();
        assertThat(laptop.perform(get("/assets/hardware-software/new")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(phone.perform(get("/account")).getResponse().getRedirectedUrl()).endsWith("/login");
        CookieBrowser again = new CookieBrowser(mvc);
        again.signIn(username, PASSWORD);
        assertThat(again.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
        assertThat(again.perform(get("/assets/hardware-software/new")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aProfileEditThatKeepsTheRolesKeepsTheSessions() throws Exception {
        String username = "rk" + UUID.randomUUID().toString().substring(0, 8);
        long id = newUser(username, Role.FIRST_LINE);
        CookieBrowser browser = new CookieBrowser(mvc);
        browser.signIn(username, PASSWORD);

        changeRolesAsAdministrator(id, "FIRST_LINE");

        assertThat(sessions.count(username)).isEqualTo(1);
        assertThat(browser.perform(get("/account")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anApiTokenAlwaysCarriesItsOwnersCurrentRoles() throws Exception {
        String username = "rt" + UUID.randomUUID().toString().substring(0, 8);
        long id = newUser(username, Role.FIRST_LINE);
        String bearer = "Bearer " + tokens.create(username, "ci", ApiToken.Scope.READ, 30).secret();
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer)).andExpect(status().isForbidden());

        changeRolesAsAdministrator(id, "FIRST_LINE", "INTERNAL_AUDIT");
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer)).andExpect(status().isOk());

        changeRolesAsAdministrator(id, "FIRST_LINE");
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", bearer)).andExpect(status().isForbidden());
    }
}
