package io.taisei;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Enumerates every page and API endpoint Taisei declares, so that a new one cannot be forgotten: each must say who may
 * call it, anonymous callers are refused everywhere except the sign-in and setup pages, and a signed-in user who
 * holds no permission is refused everywhere except on their own account pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointSecurityTest {

    /** Expressions that let any signed-in user (or anyone) in: the account pages, home, sign-in, setup. */
    private static final Set<String> OPEN_TO_ANY_USER = Set.of("isAuthenticated()", "permitAll()");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path, String rule) {
        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path + " [" + rule + "]";
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getName().startsWith("io.taisei.")) {
                continue;
            }
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path, rule == null ? null : rule.value()));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        List<Endpoint> all = endpoints();
        assertThat(all).as("the endpoint scan found nothing: is the handler mapping wired?").hasSizeGreaterThanOrEqualTo(2);
        assertThat(all).filteredOn(e -> e.rule() == null).as("endpoints without @PreAuthorize").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersAreRefusedEverywhereButSignInAndSetup() {
        return endpoints().stream().filter(e -> !"permitAll()".equals(e.rule())).map(e -> DynamicTest.dynamicTest(
                "anonymous " + e, () -> {
                    MvcResult result = mvc.perform(requestFor(e)).andReturn();
                    int status = result.getResponse().getStatus();
                    if (e.api()) {
                        assertThat(status).as("status of %s", e).isEqualTo(401);
                    } else {
                        assertThat(status).as("status of %s", e).isEqualTo(302);
                        assertThat(result.getResponse().getRedirectedUrl()).as("redirect of %s", e).endsWith("/login");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aUserWithoutPermissionsIsRefusedEverywhereButTheirOwnPages() {
        return endpoints().stream().filter(e -> !OPEN_TO_ANY_USER.contains(e.rule())).map(e -> DynamicTest.dynamicTest(
                "no permission " + e, () -> {
                    int status = mvc.perform(requestFor(e).with(user("nobody").authorities(List.of())))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as("status of %s", e).isEqualTo(403);
                }));
    }

    private static MockHttpServletRequestBuilder requestFor(Endpoint endpoint) {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
        if (endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.HEAD) {
            request = request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }
}
