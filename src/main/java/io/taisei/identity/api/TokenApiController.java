package io.taisei.identity.api;

import io.taisei.identity.internal.ApiToken;
import io.taisei.identity.internal.ApiTokens;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

import java.time.Instant;
import java.util.List;

/** The caller's own API tokens. The clear token is in the answer to POST, and nowhere ever again. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    private final ApiTokens tokens;
    private final UserAccounts accounts;

    TokenApiController(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name, @NotNull ApiToken.Scope scope,
                        @Min(1) @Max(365) Integer validDays) {
    }

    record TokenView(long id, String name, ApiToken.Scope scope, Instant createdAt, Instant expiresAt,
                     Instant revokedAt, Instant lastUsedAt, boolean active) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.getId(), token.getName(), token.getScope(), token.getCreatedAt(),
                    token.getExpiresAt(), token.getRevokedAt(), token.getLastUsedAt(), token.isActive(Instant.now()));
        }
    }

    record CreatedToken(TokenView token, String secret) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<TokenView> list(Authentication authentication) {
        UserAccount me = accounts.byUsername(authentication.getName());
        return tokens.ownedBy(me.getId()).stream().map(TokenView::of).toList();
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<CreatedToken> create(@Valid @RequestBody TokenRequest request, Authentication authentication) {
        ApiTokens.Created created = tokens.create(authentication.getName(), request.name(), request.scope(),
                request.validDays());
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
                .body(new CreatedToken(TokenView.of(created.token()), created.secret()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication authentication) {
        UserAccount me = accounts.byUsername(authentication.getName());
        return tokens.revoke(me.getId(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
