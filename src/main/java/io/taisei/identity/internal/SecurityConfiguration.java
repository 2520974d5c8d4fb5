package io.taisei.identity.internal;

import io.taisei.platform.web.ProblemAccessDeniedHandler;
import io.taisei.platform.web.ProblemAuthenticationEntryPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the REST API (stateless, API tokens, problem+json errors) and the web UI (form login, optional
 * OIDC, MFA step, sessions, CSRF). Both send strict security headers. Authorization of individual pages and
 * endpoints is declared on each controller with {@code @PreAuthorize}; here every request must at least be
 * authenticated, and on the web fully: a user who has passed only the password reaches nothing but the MFA pages.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI (served under /swagger-ui/ for signed-in users) sets inline styles; scripts stay 'self' there too. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ProblemAuthenticationEntryPoint problemEntryPoint,
                                    ProblemAccessDeniedHandler problemAccessDenied) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAuthority("metrics.read")
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are accepted on the API: a token in a header cannot be forged cross-site
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, problemEntryPoint, problemAccessDenied), AnonymousAuthenticationFilter.class)
                // 401 and 403 from the filter chain as problem+json, like every other API error
                .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint).accessDeniedHandler(problemAccessDenied))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SignIn signIn, SignInHandlers handlers,
                                    ObjectProvider<ClientRegistrationRepository> oidcClients,
                                    ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers)
            throws Exception {
        http.securityContext(context -> context.securityContextRepository(signIn.contextRepository()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/setup", "/error", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers("/mfa", "/mfa/**").authenticated()
                        .anyRequest().access(fullySignedIn()))
                .formLogin(form -> form.loginPage("/login").successHandler(handlers).failureHandler(handlers)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("TAISEI_SESSION"))
                // A new session id at every sign-in step, so an id planted before sign-in is worthless.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new MfaGateFilter(), AuthorizationFilter.class)
                .headers(SecurityConfiguration::securityHeaders);
        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .clientRegistrationRepository(clients)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers.getObject()))
                    .successHandler(handlers)
                    .failureHandler(handlers));
        }
        return http.build();
    }

    /** Authenticated, and past every sign-in step (not holding only MFA_PENDING or MFA_ENROLMENT). */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return (supplier, context) -> {
            Authentication authentication = supplier.get();
            boolean granted = authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken) && !SignIn.isPartial(authentication);
            return new AuthorizationDecision(granted);
        };
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_CONTENT_SECURITY_POLICY)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
