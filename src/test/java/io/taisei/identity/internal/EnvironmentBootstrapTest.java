package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An automated deployment: TAISEI_BOOTSTRAP_* create the first administrator and an API token for them. */
@SpringBootTest(properties = {
        "taisei.bootstrap.admin-username=ops-admin",
        "taisei.bootstrap.admin-password=Deploy-Pipeline-Pass-77",
        "taisei.bootstrap.api-token=" + EnvironmentBootstrapTest.TOKEN})
@AutoConfigureMockMvc
class EnvironmentBootstrapTest {

    static final String TOKEN = "tsk_Zq3vN8pL2xR7tY1wK5mB9cF4hJ6dS0aE_gU-iO";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SetupSecret setupSecret;

    @Test
    void theEnvironmentCreatesTheFirstAdministrator() {
        UserAccount admin = users.findByUsernameIgnoreCase("ops-admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(passwordEncoder.matches("Deploy-Pipeline-Pass-77", admin.getPasswordHash())).isTrue();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void theBootstrapTokenIsAWriteTokenValidForAYearAndWorks() throws Exception {
        ApiToken token = tokens.findAll().get(0);
        assertThat(token.getScope()).isEqualTo(ApiToken.Scope.WRITE);
        assertThat(token.getExpiresAt()).isCloseTo(Instant.now().plus(Duration.ofDays(365)),
                org.assertj.core.api.Assertions.within(1, ChronoUnit.HOURS));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].username").value("ops-admin"));
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"pipeline-made\",\"roles\":[\"READ_ONLY\"]}"))
                .andExpect(status().isCreated());
    }

    @Test
    void noSetupUrlIsOfferedWhenTheEnvironmentCreatedTheAdministrator() throws Exception {
        assertThat(setupSecret.isOpen()).isFalse();
        mvc.perform(get("/setup").param("secret", "anything")).andExpect(status().isNotFound());
    }
}
