package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optional OIDC sign-in ({@code TAISEI_OIDC_*}); active only when {@code issuerUri} is set.
 *
 * @param groupsClaim   the ID-token (or user-info) claim listing the user's groups
 * @param roleMapping   {@code group:ROLE} pairs separated by commas, or by semicolons if group names contain commas
 *                      (e.g. LDAP DNs); a group may contain ':' (the last one splits)
 * @param usernameClaim the claim that becomes the Taisei user name
 */
@ConfigurationProperties("taisei.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret,
                           @DefaultValue("groups") String groupsClaim, String roleMapping,
                           @DefaultValue("preferred_username") String usernameClaim) {

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** Parses {@link #roleMapping}; an unknown role name stops the start with a clear message. */
    public Map<String, Role> groupRoles() {
        Map<String, Role> mapping = new LinkedHashMap<>();
        if (roleMapping == null || roleMapping.isBlank()) {
            return mapping;
        }
        // Pairs are separated by commas, or by semicolons when group names contain commas (LDAP DNs).
        for (String pair : roleMapping.split(roleMapping.contains(";") ? ";" : ",")) {
            if (pair.isBlank()) {
                continue;
            }
            int split = pair.lastIndexOf(':');
            if (split <= 0) {
                throw new IllegalStateException("TAISEI_OIDC_ROLE_MAPPING: '" + pair.trim() + "' is not group:ROLE");
            }
            String role = pair.substring(split + 1).trim();
            try {
                mapping.put(pair.substring(0, split).trim(), Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("TAISEI_OIDC_ROLE_MAPPING: unknown role '" + role + "'");
            }
        }
        return mapping;
    }

}
