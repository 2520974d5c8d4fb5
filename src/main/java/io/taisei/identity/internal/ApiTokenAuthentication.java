package io.taisei.identity.internal;

import io.taisei.platform.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;

/** A request authenticated by an API token: acts as the token's owner, recorded as {@code token:owner#id}. */
public class ApiTokenAuthentication extends AbstractAuthenticationToken implements Actor.ActorAware {

    private final String owner;
    private final long tokenId;
    private final ApiToken.Scope scope;

    ApiTokenAuthentication(String owner, long tokenId, ApiToken.Scope scope,
                           Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.owner = owner;
        this.tokenId = tokenId;
        this.scope = scope;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return owner;
    }

    public long tokenId() {
        return tokenId;
    }

    public ApiToken.Scope scope() {
        return scope;
    }

    @Override
    public Actor actor() {
        return Actor.token(owner, Long.toString(tokenId));
    }
}
