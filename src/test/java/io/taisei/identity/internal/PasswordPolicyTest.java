package io.taisei.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    static SecuritySettings defaults() {
        return new SecuritySettings(null, new SecuritySettings.PasswordPolicySettings(12, 72, 2),
                new SecuritySettings.LockoutSettings(5, Duration.ofMinutes(15), Duration.ofMillis(250),
                        Duration.ofSeconds(2)),
                new SecuritySettings.TokenSettings(Duration.ofDays(90), Duration.ofDays(365)));
    }

    final PasswordPolicy policy = new PasswordPolicy(defaults());

    @Test
    void aLongPasswordOfTwoCharacterKindsIsAccepted() {
        assertThat(policy.violations("alice", "correct horse battery")).isEmpty();
        assertThat(policy.violations("alice", "Tr0ub4dor&3xyz")).isEmpty();
        assertThat(policy.violations("alice", "パスワードはとても長い日本語です1")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThat(policy.violations("alice", "Short-1")).containsExactly("password.tooShort");
        assertThat(policy.violations("alice", null)).containsExactly("password.tooShort");
    }

    @Test
    void aPasswordOfOneCharacterKindIsRefused() {
        assertThat(policy.violations("alice", "onlylowercaseletters")).containsExactly("password.tooSimple");
        assertThat(policy.violations("alice", "123456789012345")).containsExactly("password.tooSimple");
    }

    @Test
    void thePasswordMayNotBeTheUserName() {
        assertThat(policy.violations("Administrator1", "administrator1")).contains("password.equalsUsername");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        assertThat(policy.violations("alice", "Aa1" + "x".repeat(80))).containsExactly("password.tooLong");
        assertThat(policy.violations("alice", "Ａ" + "あ".repeat(30))).contains("password.tooLong");
    }

    @Test
    void theSlowdownGrowsWithFailuresAndIsBounded() {
        SecuritySettings.LockoutSettings lockout = defaults().lockout();
        assertThat(lockout.delayAfter(0)).isEqualTo(Duration.ZERO);
        assertThat(lockout.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(lockout.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(lockout.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(lockout.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(lockout.delayAfter(1000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void mfaIsRequiredByDefaultForPrivilegedRolesAndConfigurable() {
        assertThat(defaults().effectiveMfaRequiredRoles()).containsExactlyInAnyOrder(
                io.taisei.identity.Role.ADMINISTRATOR, io.taisei.identity.Role.SENIOR_MANAGEMENT,
                io.taisei.identity.Role.CISO, io.taisei.identity.Role.RISK_MANAGEMENT,
                io.taisei.identity.Role.INTERNAL_AUDIT);
        SecuritySettings onlyAdmins = new SecuritySettings(java.util.Set.of(io.taisei.identity.Role.ADMINISTRATOR),
                defaults().password(), defaults().lockout(), defaults().tokens());
        assertThat(onlyAdmins.effectiveMfaRequiredRoles()).containsExactly(io.taisei.identity.Role.ADMINISTRATOR);
    }
}
