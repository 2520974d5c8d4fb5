package io.taisei.identity;

import io.taisei.identity.internal.IdentityException;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.identity.internal.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository users;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRoleWithoutIdentityAdminCannotCreateOrChangeUsers() throws Exception {
        var auditor = user("auditor").authorities(() -> "identity.read", () -> "audit.read");
        mvc.perform(get("/admin/users").with(auditor)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(auditor)).andExpect(status().isOk());
        mvc.perform(post("/admin/users").with(auditor).with(csrf()).param("username", "sneaky")
                .param("roles", "ADMINISTRATOR")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").with(auditor).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"sneaky\",\"roles\":[\"ADMINISTRATOR\"]}")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("staff").authorities(() -> "organization.read")))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsernameIgnoreCase("sneaky")).isEmpty();
    }

    @Test
    void internalAuditAndCisoMayReadTheUserListButOnlyAdministratorsChangeIt() {
        assertThat(Role.INTERNAL_AUDIT.permissions()).extracting(p -> p.authority()).contains("identity.read")
                .doesNotContain("identity.admin");
        assertThat(Role.CISO.permissions()).extracting(p -> p.authority()).contains("identity.read")
                .doesNotContain("identity.admin");
        assertThat(Role.ADMINISTRATOR.permissions()).extracting(p -> p.authority()).contains("identity.admin");
    }

    @Test
    void anAdministratorCreatesSearchesAndEditsUsersInThePages() throws Exception {
        var admin = user("boss").authorities(() -> "identity.read", () -> "identity.admin");
        String username = unique("new");
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", username)
                        .param("displayName", "New Person").param("email", "new@example.com")
                        .param("password", "Initial-password-42").param("roles", "FIRST_LINE", "READ_ONLY"))
                .andExpect(status().is3xxRedirection());
        UserAccount created = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.FIRST_LINE, Role.READ_ONLY);

        mvc.perform(get("/admin/users").param("q", username.substring(0, 7)).with(admin))
                .andExpect(content().string(containsString(username)));
        mvc.perform(post("/admin/users/" + created.getId()).with(admin).with(csrf()).param("displayName", "Renamed")
                .param("roles", "RISK_MANAGEMENT")).andExpect(status().is3xxRedirection());
        assertThat(users.findById(created.getId()).orElseThrow().getRoles()).containsExactly(Role.RISK_MANAGEMENT);
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
        var admin = user("boss").authorities(() -> "identity.read", () -> "identity.admin");
        String username = unique("weak");
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", username)
                        .param("password", "short").param("roles", "FIRST_LINE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invalid-feedback")));
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", unique("x"))
                .param("roles", "NO_SUCH_ROLE")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"aaaaaaaaaaaaaaaa\",\"roles\":[\"FIRST_LINE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void theApiListsUsersPagedAndSortedAndRefusesUnknownSortFields() throws Exception {
        var reader = user("reader").authorities(() -> "identity.read");
        accounts.create(unique("list"), "A", null, null, EnumSet.of(Role.READ_ONLY));
        mvc.perform(get("/api/v1/users").param("size", "1").param("sort", "username,desc").with(reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content[0].passwordHash").doesNotExist());
        mvc.perform(get("/api/v1/users").param("sort", "passwordHash").with(reader))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrDropTheirOwnAdministratorRole() {
        String me = unique("admin");
        UserAccount account = accounts.create(me, me, null, "Admin-password-123", EnumSet.of(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> accounts.setEnabled(account.getId(), false, me))
                .isInstanceOf(IdentityException.class).hasMessageContaining("user.selfDisable");
        assertThatThrownBy(() -> accounts.update(account.getId(), me, null, Set.of(Role.CISO), me))
                .isInstanceOf(IdentityException.class).hasMessageContaining("user.selfAdminRemoval");
        assertThat(users.findById(account.getId()).orElseThrow().getRoles()).contains(Role.ADMINISTRATOR);
    }

    @Test
    void theUsersPageIsInTheNavigationOnlyForReaders() throws Exception {
        mvc.perform(get("/").with(user("r").authorities(() -> "identity.read")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
        mvc.perform(get("/").with(user("s").authorities(() -> "organization.read")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin/users\""))));
    }

    @Test
    void anAdministratorUnlocksResetsMfaAndDisablesAnotherUser() throws Exception {
        var admin = user("boss").authorities(() -> "identity.read", () -> "identity.admin");
        String username = unique("victim");
        UserAccount account = accounts.create(username, username, null, "Victim-password-1", EnumSet.of(Role.CISO));
        account.setLockedUntil(java.time.Instant.now().plusSeconds(600));
        account.setMfaSecret("JBSWY3DPEHPK3PXP");
        account.setMfaEnabled(true);
        users.save(account);

        mvc.perform(post("/admin/users/" + account.getId() + "/unlock").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/" + account.getId() + "/reset-mfa").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/" + account.getId() + "/enabled").param("enabled", "false").with(admin)
                .with(csrf())).andExpect(status().is3xxRedirection());
        UserAccount after = users.findById(account.getId()).orElseThrow();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(after.isMfaEnabled()).isFalse();
        assertThat(after.getMfaSecret()).isNull();
        assertThat(after.isEnabled()).isFalse();

        mvc.perform(post("/admin/users/" + account.getId() + "/reset-mfa").with(user("r").authorities(() -> "identity.read"))
                .with(csrf())).andExpect(status().isForbidden());
    }
}
