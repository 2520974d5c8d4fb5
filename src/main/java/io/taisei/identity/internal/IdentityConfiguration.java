package io.taisei.identity.internal;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
@EnableConfigurationProperties({SecuritySettings.class, BootstrapSettings.class, OidcSettings.class})
class IdentityConfiguration {

    /**
     * The session cookie, set here rather than left to Spring Boot, which applies {@code server.servlet.session.cookie.*}
     * to Spring Session only with an embedded server: this way the flags hold in every deployment and in tests.
     * HttpOnly always; SameSite=Lax; Secure when {@code TAISEI_SECURE_COOKIES=true} or the request came over HTTPS.
     */
    @Bean
    CookieSerializer sessionCookieSerializer(
            @Value("${server.servlet.session.cookie.name:TAISEI_SESSION}") String name,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        if (secure) {
            serializer.setUseSecureCookie(true);
        }
        return serializer;
    }

    /** Slow, salted hashes (bcrypt by default), with the algorithm recorded so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", Permissions.USER_READ.authority(), 950);
    }
}
