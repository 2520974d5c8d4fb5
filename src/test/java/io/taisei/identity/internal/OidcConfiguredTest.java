package io.taisei.identity.internal;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * With TAISEI_OIDC_* set, the sign-in page offers single sign-on and sends the browser to the IdP. The IdP here is
 * only its discovery document, served on the loopback address: enough for Taisei to configure the client.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OidcConfiguredTest {

    static HttpServer idp;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        idp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + idp.getAddress().getPort();
        String discovery = """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","userinfo_endpoint":"%1$s/userinfo","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}
                """.formatted(issuer);
        idp.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = discovery.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        idp.start();
        registry.add("taisei.oidc.issuer-uri", () -> issuer);
        registry.add("taisei.oidc.client-id", () -> "taisei-test");
        registry.add("taisei.oidc.client-secret", () -> "not-a-real-secret");
        registry.add("taisei.oidc.role-mapping", () -> "cn=ciso:CISO,cn=audit:INTERNAL_AUDIT");
    }

    @AfterAll
    static void stop() {
        idp.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersSingleSignOnAndSendsTheBrowserToTheIdp() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("id=\"sign-in-oidc\"");
        String location = mvc.perform(get("/oauth2/authorization/oidc")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://127.0.0.1:" + idp.getAddress().getPort() + "/authorize?")
                .contains("client_id=taisei-test").contains("scope=openid");
    }

    @Test
    void withoutOidcConfigurationTheSignInPageHasNoSingleSignOn() {
        assertThat(new OidcSettings(null, null, null, "groups", null, "sub").enabled()).isFalse();
        assertThat(new OidcSettings(" ", null, null, "groups", null, "sub").enabled()).isFalse();
    }
}
