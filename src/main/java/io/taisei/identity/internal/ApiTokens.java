package io.taisei.identity.internal;

import io.taisei.platform.Permissions;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: {@code tsk_} followed by 32 random bytes in base64url. Only a SHA-256 hash is stored (the token has
 * 256 bits of entropy, so a slow hash adds nothing), the clear token is answered once, on creation.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "tsk_";
    /** A token configured from outside (bootstrap) must be at least this long. */
    static final int MIN_EXTERNAL_LENGTH = 32;

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final SecuritySettings.TokenSettings settings;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, SecuritySettings settings) {
        this.tokens = tokens;
        this.users = users;
        this.settings = settings.tokens();
    }

    /** A token just created: the entity and the clear token, which is never available again. */
    public record Created(ApiToken token, String secret) {
    }

    public Created create(String ownerUsername, String name, ApiToken.Scope scope, Integer validDays) {
        UserAccount owner = users.findByUsernameIgnoreCase(ownerUsername).orElseThrow();
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new IdentityException("name", "token.name.invalid");
        }
        if (scope == null) {
            throw new IdentityException("scope", "token.scope.invalid");
        }
        Duration validity = validDays == null ? settings.defaultValidity() : Duration.ofDays(validDays);
        if (validity.compareTo(Duration.ofDays(1)) < 0 || validity.compareTo(settings.maxValidity()) > 0) {
            throw new IdentityException("validDays", "token.validity.invalid");
        }
        String secret = PREFIX + Hashing.randomBase64Url(32);
        ApiToken token = tokens.save(new ApiToken(owner.getId(), name.trim(), Hashing.sha256(secret), scope,
                Instant.now().plus(validity)));
        return new Created(token, secret);
    }

    /** Registers a token chosen outside Taisei (the bootstrap token of an automated deployment). */
    ApiToken register(UserAccount owner, String name, String secret, ApiToken.Scope scope, Duration validity) {
        if (!isStrongEnough(secret)) {
            throw new IllegalArgumentException("token too weak");
        }
        return tokens.save(new ApiToken(owner.getId(), name, Hashing.sha256(secret), scope,
                Instant.now().plus(validity)));
    }

    /** At least 32 characters, and not a repetition of a few characters. */
    static boolean isStrongEnough(String secret) {
        return secret != null && secret.length() >= MIN_EXTERNAL_LENGTH && secret.chars().distinct().count() >= 12
                && secret.chars().noneMatch(Character::isWhitespace);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> ownedBy(Long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes a token of {@code ownerId} (the caller checks who may do that). */
    public boolean revoke(Long ownerId, long tokenId) {
        return tokens.findById(tokenId).filter(t -> t.getUserId().equals(ownerId)).map(t -> {
            t.revoke();
            return true;
        }).orElse(false);
    }

    /**
     * The authentication a presented token stands for, if it is known, neither expired nor revoked, and its owner
     * may sign in. Authorities are the owner's current permissions, only the read-only ones for a READ token.
     */
    public Optional<ApiTokenAuthentication> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(Hashing.sha256(secret.trim()))
                .filter(token -> token.isActive(now))
                .flatMap(token -> users.findById(token.getUserId())
                        .filter(owner -> owner.isEnabled() && !owner.isLocked(now))
                        .map(owner -> {
                            tokens.touch(token.getId(), now, now.minusSeconds(60));
                            return new ApiTokenAuthentication(owner.getUsername(), token.getId(), token.getScope(),
                                    authorities(owner, token.getScope()));
                        }));
    }

    static List<GrantedAuthority> authorities(UserAccount owner, ApiToken.Scope scope) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        owner.permissions().stream()
                .filter(p -> scope == ApiToken.Scope.WRITE || p.isReadOnly())
                .map(Permissions::authority)
                .forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
        return authorities;
    }
}
