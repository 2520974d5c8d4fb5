package io.taisei.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapSettingsTest {

    static final PasswordPolicy POLICY = new PasswordPolicy(PasswordPolicyTest.defaults());

    static BootstrapSettings settings(String username, String password, String token) {
        return new BootstrapSettings(username, password, token, Duration.ofDays(365));
    }

    @Test
    void nothingConfiguredIsFine() {
        assertThat(Bootstrap.problems(settings(null, null, null), POLICY)).isEmpty();
    }

    @Test
    void aWeakBootstrapPasswordRefusesTheStartWithAClearMessage() {
        assertThat(Bootstrap.problems(settings("admin", "admin", null), POLICY)).singleElement().asString()
                .contains("TAISEI_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy");
        assertThat(Bootstrap.problems(settings("admin", "aaaaaaaaaaaaaaaa", null), POLICY)).hasSize(1);
        assertThat(Bootstrap.problems(settings("admin", null, null), POLICY)).singleElement().asString()
                .contains("TAISEI_BOOTSTRAP_ADMIN_PASSWORD is not");
    }

    @Test
    void aShortOrRepetitiveBootstrapTokenRefusesTheStart() {
        assertThat(Bootstrap.problems(settings("admin", "Strong-enough-pass-1", "tsk_short"), POLICY))
                .singleElement().asString().contains("TAISEI_BOOTSTRAP_API_TOKEN");
        assertThat(Bootstrap.problems(settings("admin", "Strong-enough-pass-1", "a".repeat(64)), POLICY)).hasSize(1);
        assertThat(Bootstrap.problems(settings("admin", "Strong-enough-pass-1",
                "tsk_Zq3vN8pL2xR7tY1wK5mB9cF4hJ6dS0aE_gU-iO"), POLICY)).isEmpty();
    }

    @Test
    void aPasswordOrTokenWithoutUserNameRefusesTheStart() {
        assertThat(Bootstrap.problems(settings(null, "Strong-enough-pass-1", null), POLICY)).hasSize(1);
    }
}
