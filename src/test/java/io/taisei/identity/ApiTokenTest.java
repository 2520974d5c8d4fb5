package io.taisei.identity;

import io.taisei.identity.internal.ApiToken;
import io.taisei.identity.internal.ApiTokenAuthentication;
import io.taisei.identity.internal.ApiTokenRepository;
import io.taisei.identity.internal.ApiTokens;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.identity.internal.UserAccounts;
import io.taisei.platform.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ApiTokenRepository tokenRepository;
    @Autowired
    JdbcTemplate jdbc;

    String newUser(Role role) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username, null, "Token-owner-pass-1", EnumSet.of(role));
        return username;
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsAHashAndWorksAsBearer() throws Exception {
        String owner = newUser(Role.ADMINISTRATOR);
        ApiTokens.Created created = tokens.create(owner, "ci", ApiToken.Scope.READ, 30);
        assertThat(created.secret()).startsWith("tsk_").hasSizeGreaterThan(40);
        String stored = jdbc.queryForObject("select token_hash from idn_api_token where id = ?", String.class,
                created.token().getId());
        assertThat(stored).hasSize(64).doesNotContain(created.secret());

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());
        assertThat(tokenRepository.findById(created.token().getId()).orElseThrow().getLastUsedAt()).isNotNull();
    }

    @Test
    void aReadTokenCannotChangeAnything() throws Exception {
        String owner = newUser(Role.ADMINISTRATOR);
        String read = "Bearer " + tokens.create(owner, "read", ApiToken.Scope.READ, 30).secret();
        mvc.perform(get("/api/v1/tokens").header("Authorization", read)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users").header("Authorization", read).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"viaread\",\"roles\":[\"READ_ONLY\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/tokens").header("Authorization", read).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"scope\":\"WRITE\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/1").header("Authorization", read).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"READ_ONLY\"]}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/tokens/1").header("Authorization", read)).andExpect(status().isForbidden());
        assertThat(users.findByUsernameIgnoreCase("viaread")).isEmpty();
    }

    @Test
    void aReadTokenCarriesOnlyReadPermissionsAndAWriteTokenAllOfTheOwners() {
        String owner = newUser(Role.ADMINISTRATOR);
        ApiTokenAuthentication read = tokens.authenticate(tokens.create(owner, "r", ApiToken.Scope.READ, 1).secret())
                .orElseThrow();
        assertThat(read.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("identity.read", "audit.read").doesNotContain("identity.admin", "organization.write")
                .allMatch(a -> a.endsWith(".read"));
        ApiTokenAuthentication write = tokens.authenticate(tokens.create(owner, "w", ApiToken.Scope.WRITE, 1).secret())
                .orElseThrow();
        assertThat(write.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("identity.admin", "organization.write");
    }

    @Test
    void aWriteTokenCreatesAndIsAttributedToItsOwner() throws Exception {
        String owner = newUser(Role.ADMINISTRATOR);
        ApiTokens.Created created = tokens.create(owner, "deploy", ApiToken.Scope.WRITE, 30);
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + created.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"made-by-token\",\"displayName\":\"Bot\",\"roles\":[\"READ_ONLY\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("made-by-token"));

        ApiTokenAuthentication authentication = tokens.authenticate(created.secret()).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            assertThat(Actor.current()).isEqualTo(Actor.token(owner, created.token().getId().toString()));
            assertThat(Actor.current().describe()).isEqualTo("token:" + owner + "#" + created.token().getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String owner = newUser(Role.READ_ONLY);
        ApiTokens.Created created = tokens.create(owner, "old", ApiToken.Scope.READ, 1);
        jdbc.update("update idn_api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), created.token().getId());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String owner = newUser(Role.READ_ONLY);
        ApiTokens.Created created = tokens.create(owner, "gone", ApiToken.Scope.WRITE, 10);
        String bearer = "Bearer " + created.secret();
        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/tokens/" + created.token().getId()).header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOfADisabledOrLockedOwnerIsRefused() throws Exception {
        String owner = newUser(Role.READ_ONLY);
        String bearer = "Bearer " + tokens.create(owner, "x", ApiToken.Scope.READ, 10).secret();
        UserAccount account = users.findByUsernameIgnoreCase(owner).orElseThrow();
        jdbc.update("update idn_user set locked_until = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)), account.getId());
        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer)).andExpect(status().isUnauthorized());
        jdbc.update("update idn_user set locked_until = null, enabled = false where id = ?", account.getId());
        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownOrMissingTokensGetProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer tsk_nonsense"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void tokensAreCreatedListedAndRevokedThroughTheApi() throws Exception {
        String owner = newUser(Role.FIRST_LINE);
        String bearer = "Bearer " + tokens.create(owner, "main", ApiToken.Scope.WRITE, 10).secret();
        mvc.perform(post("/api/v1/tokens").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"second\",\"scope\":\"READ\",\"validDays\":7}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("tsk_")))
                .andExpect(jsonPath("$.token.scope").value("READ"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
        mvc.perform(post("/api/v1/tokens").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"too-long\",\"scope\":\"READ\",\"validDays\":9999}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tokens").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"bad\",\"scope\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest());
    }
}
