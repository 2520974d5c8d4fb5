package io.taisei.identity.api;

import io.taisei.identity.Role;
import io.taisei.identity.internal.ApiTokens;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccounts;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

import java.time.Instant;
import java.util.Set;

/** Users: list and read with {@code identity.read}, changes with {@code identity.admin}. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    static final Set<String> SORTABLE = Set.of("username", "displayName", "email", "createdAt");

    private final UserAccounts accounts;
    private final ApiTokens tokens;

    UserApiController(UserAccounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record UserView(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
                    boolean locked, boolean mfaEnabled, String locale, Instant createdAt) {
        static UserView of(UserAccount u) {
            return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(),
                    u.isEnabled(), u.isLocked(Instant.now()), u.isMfaEnabled(), u.getLocale(), u.getCreatedAt());
        }
    }

    record NewUser(@NotBlank @Size(max = 100) String username, @Size(max = 200) String displayName,
                   @Email @Size(max = 320) String email, @Size(max = 200) String password,
                   @NotEmpty Set<Role> roles) {
    }

    record UserUpdate(@Size(max = 200) String displayName, @Email @Size(max = 320) String email,
                      @NotEmpty Set<Role> roles) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity.read')")
    PageResponse<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String sort) {
        String query = q == null ? null : q.substring(0, Math.min(q.length(), 100));
        return PageResponse.of(accounts.search(query, Paging.of(page, size, sort, SORTABLE, Sort.by("username"))),
                UserView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.read')")
    UserView get(@PathVariable long id) {
        return UserView.of(accounts.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('identity.admin')")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        UserAccount created = accounts.create(request.username(), request.displayName(), request.email(),
                request.password(), request.roles());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.admin')")
    UserView update(@PathVariable long id, @Valid @RequestBody UserUpdate request, Authentication authentication) {
        return UserView.of(accounts.update(id, request.displayName(), request.email(), request.roles(),
                authentication.getName()));
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('identity.admin')")
    UserView disable(@PathVariable long id, Authentication authentication) {
        return UserView.of(accounts.setEnabled(id, false, authentication.getName()));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('identity.admin')")
    UserView enable(@PathVariable long id, Authentication authentication) {
        return UserView.of(accounts.setEnabled(id, true, authentication.getName()));
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    @PreAuthorize("hasAuthority('identity.admin')")
    ResponseEntity<Void> revokeToken(@PathVariable long id, @PathVariable long tokenId) {
        return tokens.revoke(id, tokenId) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
