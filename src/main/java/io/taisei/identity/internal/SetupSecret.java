package io.taisei.identity.internal;

import org.springframework.stereotype.Component;

/**
 * The one-time secret of the first-start setup page. Held in memory only (a restart makes a new one), usable once,
 * and only while no user exists; compared in constant time.
 */
@Component
public class SetupSecret {

    private String secret;

    synchronized void issue(String secret) {
        this.secret = secret;
    }

    public synchronized boolean isOpen() {
        return secret != null;
    }

    public synchronized boolean matches(String candidate) {
        return secret != null && Hashing.constantTimeEquals(secret, candidate);
    }

    /** Uses the secret up; answers false if it was wrong or already used. */
    public synchronized boolean consume(String candidate) {
        if (!matches(candidate)) {
            return false;
        }
        secret = null;
        return true;
    }

    synchronized void close() {
        secret = null;
    }
}
