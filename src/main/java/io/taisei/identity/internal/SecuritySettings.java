package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-in security settings ({@code taisei.security.*}, environment {@code TAISEI_SECURITY_*}).
 *
 * @param mfaRequiredRoles roles whose holders must use MFA; empty means {@link Role#mfaRequiredByDefault()}
 */
@ConfigurationProperties("taisei.security")
public record SecuritySettings(Set<Role> mfaRequiredRoles,
                               @DefaultValue PasswordPolicySettings password,
                               @DefaultValue LockoutSettings lockout,
                               @DefaultValue TokenSettings tokens) {

    public Set<Role> effectiveMfaRequiredRoles() {
        if (mfaRequiredRoles == null || mfaRequiredRoles.isEmpty()) {
            return Arrays.stream(Role.values()).filter(Role::mfaRequiredByDefault)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        }
        return mfaRequiredRoles;
    }

    /**
     * The password policy: at least {@code minLength} characters (at most {@code maxLength}, bcrypt reads 72 bytes
     * only, so a longer pass phrase adds nothing), at least {@code minCharacterClasses} of lower case, upper case,
     * digits and other characters, and not the user name.
     */
    public record PasswordPolicySettings(@DefaultValue("12") int minLength, @DefaultValue("72") int maxLength,
                                         @DefaultValue("2") int minCharacterClasses) {
    }

    /**
     * After {@code maxAttempts} failed sign-ins in a row an account is locked for {@code duration}. Before that,
     * each failure is answered after {@code delayStep × 2^(failures−1)}, at most {@code maxDelay}.
     */
    public record LockoutSettings(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration,
                                  @DefaultValue("250ms") Duration delayStep, @DefaultValue("2s") Duration maxDelay) {

        public Duration delayAfter(int failures) {
            if (failures <= 0 || delayStep.isZero()) {
                return Duration.ZERO;
            }
            long millis = delayStep.toMillis() << Math.min(failures - 1, 20);
            return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
        }
    }

    /** API tokens: validity when the user gives none, and the longest a user may choose. */
    public record TokenSettings(@DefaultValue("90d") Duration defaultValidity,
                                @DefaultValue("365d") Duration maxValidity) {
    }
}
