package io.taisei.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed sign-ins (password or second factor) per user, locks the account after too many, and tells how long
 * to wait before answering a failure. The counter and the lock live on the user row, so every node sees them and the
 * audit trail records each change.
 */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository users;
    private final SecuritySettings.LockoutSettings settings;

    LoginAttempts(UserAccountRepository users, SecuritySettings settings) {
        this.users = users;
        this.settings = settings.lockout();
    }

    /** Records a failure and answers the delay to apply before responding. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration failed(String username) {
        if (username == null) {
            return settings.delayAfter(1);
        }
        return users.findByUsernameIgnoreCase(username.trim()).map(account -> {
            if (account.isLocked(Instant.now())) {
                log.info("Sign-in refused: account {} is locked", account.getUsername());
                return settings.maxDelay();
            }
            int failures = account.getFailedAttempts() + 1;
            if (failures >= settings.maxAttempts()) {
                account.setLockedUntil(Instant.now().plus(settings.duration()));
                account.setFailedAttempts(0);
                log.warn("Account {} locked for {} after {} failed sign-ins", account.getUsername(),
                        settings.duration(), failures);
                return settings.maxDelay();
            }
            account.setFailedAttempts(failures);
            log.info("Failed sign-in for {} ({} in a row)", account.getUsername(), failures);
            return settings.delayAfter(failures);
        }).orElseGet(() -> {
            log.info("Failed sign-in for an unknown user name");
            return settings.delayAfter(1);
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        users.findByUsernameIgnoreCase(username).ifPresent(account -> {
            if (account.getFailedAttempts() != 0) {
                account.setFailedAttempts(0);
            }
            log.info("Signed in: {}", account.getUsername());
        });
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return users.findByUsernameIgnoreCase(username).map(a -> a.isLocked(Instant.now())).orElse(false);
    }

    /** Waits before answering a failure; bounded by the configured maximum, and gives up if interrupted. */
    public static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
