package io.taisei.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The OIDC client, only when {@code TAISEI_OIDC_ISSUER_URI} is set. The provider is discovered from the issuer's
 * {@code .well-known/openid-configuration} at start-up; the redirect URI to register at the IdP is
 * {@code {base-url}/login/oauth2/code/oidc}.
 */
@Configuration
@Conditional(OidcConfiguration.IssuerConfigured.class)
class OidcConfiguration {

    /** True when {@code taisei.oidc.issuer-uri} has a value (application.yml always defines it, often empty). */
    static class IssuerConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String issuer = context.getEnvironment().getProperty("taisei.oidc.issuer-uri");
            return issuer != null && !issuer.isBlank();
        }
    }

    static final String REGISTRATION_ID = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcSettings settings) {
        settings.groupRoles(); // fails the start early on a malformed mapping
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> taiseiOidcUserService(OidcProvisioning provisioning) {
        OidcUserService delegate = new OidcUserService();
        return request -> provisioning.provision(delegate.loadUser(request));
    }
}
