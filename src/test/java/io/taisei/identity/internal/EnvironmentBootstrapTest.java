package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(Integer.MAX_VALUE)
    void neitherThePasswordNorTheTokenEverReachesTheLog(CapturedOutput output) {
        assertThat(output.getAll()).as("start-up and requests were captured").contains("ops-admin")
                .doesNotContain("Deploy-Pipeline-Pass-77").doesNotContain(TOKEN).doesNotContain(TOKEN.substring(4));
    }

    @Test
    void noSetupUrlIsOfferedWhenTheEnvironmentCreatedTheAdministrator() throws Exception {
        assertThat(setupSecret.isOpen()).isFalse();
        mvc.perform(get("/setup").param("secret", "anything")).andExpect(status().isNotFound());
    }
}
