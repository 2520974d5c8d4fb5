package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** OIDC sign-in without an IdP: the provisioning and the step after it, fed with ID tokens made here. */
@SpringBootTest
@AutoConfigureMockMvc
class OidcSignInTest {

    static final String ISSUER = "https://idp.example.test";
    static final OidcSettings SETTINGS = new OidcSettings(ISSUER, "taisei", "secret", "groups",
            "cn=ciso,ou=groups:CISO; cn=audit:INTERNAL_AUDIT;cn=staff:FIRST_LINE", "preferred_username");

    @Autowired
    UserAccountRepository users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SignInHandlers handlers;
    @Autowired
    MockMvc mvc;

    OidcProvisioning provisioning() {
        return new OidcProvisioning(SETTINGS, users, accounts);
    }

    static OidcUser idpUser(String subject, String username, List<String> groups, List<String> amr) {
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").issuer(ISSUER).subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofMinutes(5)))
                .claim("preferred_username", username).claim("name", "SSO " + username)
                .claim("email", username + "@example.test").claim("groups", groups).claim("amr", amr).build();
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token);
    }

    static String unique() {
        return "sso" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRoleMappingIsParsedFromGroupRolePairs() {
        assertThat(SETTINGS.groupRoles()).containsEntry("cn=ciso,ou=groups", Role.CISO)
                .containsEntry("cn=audit", Role.INTERNAL_AUDIT).containsEntry("cn=staff", Role.FIRST_LINE);
        assertThat(new OidcSettings(ISSUER, "c", "s", "groups", "cn=ciso:CISO,cn=audit:INTERNAL_AUDIT", "sub")
                .groupRoles()).containsEntry("cn=ciso", Role.CISO).containsEntry("cn=audit", Role.INTERNAL_AUDIT);
        assertThatThrownBy(() -> new OidcSettings(ISSUER, "c", "s", "groups", "cn=x:KING", "sub").groupRoles())
                .hasMessageContaining("unknown role 'KING'");
        assertThat(OidcProvisioning.rolesFor(List.of("cn=audit", "cn=other", "cn=staff"), SETTINGS.groupRoles()))
                .containsExactlyInAnyOrder(Role.INTERNAL_AUDIT, Role.FIRST_LINE);
        assertThat(OidcProvisioning.rolesFor("cn=audit", SETTINGS.groupRoles())).containsExactly(Role.INTERNAL_AUDIT);
        assertThat(OidcProvisioning.rolesFor(null, SETTINGS.groupRoles())).isEmpty();
    }

    @Test
    void theIdpsAmrClaimDecidesWhetherMfaWasDone() {
        assertThat(TaiseiOidcUser.amrSaysMfa(List.of("pwd", "mfa"))).isTrue();
        assertThat(TaiseiOidcUser.amrSaysMfa(List.of("pwd", "otp"))).isTrue();
        assertThat(TaiseiOidcUser.amrSaysMfa(List.of("pwd"))).isFalse();
        assertThat(TaiseiOidcUser.amrSaysMfa(null)).isFalse();
    }

    @Test
    void aFirstSignInCreatesAUserWithoutPasswordWithTheMappedRoles() {
        String username = unique();
        TaiseiOidcUser user = provisioning().provision(idpUser("s-" + username, username, List.of("cn=staff"), List.of("pwd")));
        assertThat(user.getName()).isEqualTo(username);
        UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.FIRST_LINE);
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.getOidcSubject()).isEqualTo(ISSUER + "#s-" + username);
        assertThat(account.getEmail()).isEqualTo(username + "@example.test");

        provisioning().provision(idpUser("s-" + username, username, List.of("cn=audit"), List.of("pwd")));
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getRoles())
                .containsExactly(Role.INTERNAL_AUDIT);
    }

    @Test
    void aUserWithNoMappedGroupIsRefused() {
        String username = unique();
        assertThatThrownBy(() -> provisioning().provision(idpUser("s-" + username, username, List.of("cn=guests"),
                List.of("pwd")))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void aLocalAccountWithAPasswordIsNotTakenOverByAnIdpUserOfTheSameName() {
        String username = unique();
        accounts.create(username, username, null, "Local-password-123", EnumSet.of(Role.FIRST_LINE));
        assertThatThrownBy(() -> provisioning().provision(idpUser("s-" + username, username, List.of("cn=ciso,ou=groups"),
                List.of("mfa")))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getRoles()).containsExactly(Role.FIRST_LINE);
    }

    @Test
    void aDisabledAccountIsRefused() {
        String username = unique();
        provisioning().provision(idpUser("s-" + username, username, List.of("cn=staff"), List.of("pwd")));
        UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow();
        accounts.setEnabled(account.getId(), false, "admin");
        assertThatThrownBy(() -> provisioning().provision(idpUser("s-" + username, username, List.of("cn=staff"),
                List.of("pwd")))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void anMfaRoleSignedInWithoutMfaAtTheIdpMustUseTaiseiMfa() throws Exception {
        String username = unique();
        TaiseiOidcUser user = provisioning().provision(idpUser("s-" + username, username,
                List.of("cn=ciso,ou=groups"), List.of("pwd")));
        MockHttpServletResponse response = signInWith(user);
        assertThat(response.getRedirectedUrl()).isEqualTo("/mfa/enrol");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly(SignIn.MFA_ENROLMENT);
    }

    @Test
    void anMfaRoleSignedInWithMfaAtTheIdpIsFullySignedIn() throws Exception {
        String username = unique();
        TaiseiOidcUser user = provisioning().provision(idpUser("s-" + username, username,
                List.of("cn=ciso,ou=groups"), List.of("pwd", "mfa")));
        MockHttpServletResponse response = signInWith(user);
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_CISO", "identity.read")
                .doesNotContain(SignIn.MFA_PENDING, SignIn.MFA_ENROLMENT);
        assertThat(response.getCookie("TAISEI_LANG").getValue()).isEqualTo("ja");
    }

    @Test
    void aSignedInOidcUserReachesTheirAccountPage() throws Exception {
        String username = unique();
        TaiseiOidcUser user = provisioning().provision(idpUser("s-" + username, username, List.of("cn=staff"),
                List.of("pwd")));
        mvc.perform(get("/account").with(oidcLogin().oidcUser(user))).andExpect(status().isOk());
    }

    private MockHttpServletResponse signInWith(TaiseiOidcUser user) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/oidc");
        MockHttpServletResponse response = new MockHttpServletResponse();
        handlers.onAuthenticationSuccess(request, response,
                new OAuth2AuthenticationToken(user, user.getAuthorities(), OidcConfiguration.REGISTRATION_ID));
        return response;
    }
}
