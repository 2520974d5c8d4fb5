package io.taisei.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * First start on an empty database ({@code TAISEI_BOOTSTRAP_*}). Ignored, with a warning, once any user exists.
 *
 * @param apiTokenValidity how long the bootstrap API token is valid (default one year)
 */
@ConfigurationProperties("taisei.bootstrap")
public record BootstrapSettings(String adminUsername, String adminPassword, String apiToken,
                                @DefaultValue("365d") Duration apiTokenValidity) {

    boolean hasAdmin() {
        return adminUsername != null && !adminUsername.isBlank();
    }

    boolean anyGiven() {
        return hasAdmin() || (adminPassword != null && !adminPassword.isBlank())
                || (apiToken != null && !apiToken.isBlank());
    }
}
