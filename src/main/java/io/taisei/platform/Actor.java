package io.taisei.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: a signed-in user, a user's API token, or the system itself (start-up, scheduled work).
 * Recorded in the audit trail as {@link #describe()}.
 */
public record Actor(Kind kind, String username, String tokenId) {

    public enum Kind { USER, TOKEN, SYSTEM, ANONYMOUS }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", null);

    public static Actor user(String username) {
        return new Actor(Kind.USER, username, null);
    }

    public static Actor token(String ownerUsername, String tokenId) {
        return new Actor(Kind.TOKEN, ownerUsername, tokenId);
    }

    /** The actor of the current thread, from the security context. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        if (authentication instanceof ActorAware aware) {
            return aware.actor();
        }
        if (authentication.getPrincipal() instanceof ActorAware aware) {
            return aware.actor();
        }
        if ("anonymousUser".equals(authentication.getPrincipal())) {
            return new Actor(Kind.ANONYMOUS, "anonymous", null);
        }
        return user(authentication.getName());
    }

    /** A stable, human-readable form: {@code user:alice}, {@code token:alice#12}, {@code system}. */
    public String describe() {
        return switch (kind) {
            case USER -> "user:" + username;
            case TOKEN -> "token:" + username + "#" + tokenId;
            case SYSTEM -> "system";
            case ANONYMOUS -> "anonymous";
        };
    }

    /** Implemented by authentications (or principals) that know which actor they stand for, such as API tokens. */
    public interface ActorAware {
        Actor actor();
    }
}
