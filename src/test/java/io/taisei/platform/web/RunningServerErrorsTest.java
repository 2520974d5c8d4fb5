package io.taisei.platform.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors through a real Tomcat: unknown URLs, errors raised inside the security filter chain (a missing CSRF token),
 * refused permissions, wrong methods, bad parameters and oversized bodies all end on the friendly page in the user's
 * language, and API errors as problem+json; so does a page whose rendering fails after much of it was written. Also:
 * the OpenAPI description and its UI are for signed-in users only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RunningServerErrorsTest.FailingLatePage.class)
class RunningServerErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    CookieManager cookies;
    HttpClient http;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void anUnknownUrlShowsTheNotFoundPageInJapaneseOrEnglish() throws Exception {
        signIn();
        HttpResponse<String> japanese = send(get("/no/such/page"));
        assertThat(japanese.statusCode()).isEqualTo(404);
        assertThat(japanese.body()).contains("お探しのページは存在しません。").doesNotContain("Exception", "\tat ");

        // sign-in set the cookie from the user's stored preference (Japanese); replace it with an English choice
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("TAISEI_LANG")).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        cookies.getCookieStore().add(URI.create(base()), cookie("TAISEI_LANG", "en"));
        HttpResponse<String> english = send(get("/no/such/page"));
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("The page you asked for does not exist.");
    }

    @Test
    void errorsRaisedInsideTheSecurityFilterChainShowTheFriendlyPage() throws Exception {
        signIn();
        HttpResponse<String> noCsrf = send(post("/organization/people/new", "code=X&name=Y"));
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(noCsrf.body()).contains("このページを開く権限がありません。").doesNotContain("Exception");

        HttpResponse<String> noPermission = send(get("/organization/people/new"));
        assertThat(noPermission.statusCode()).isEqualTo(403);
        assertThat(noPermission.body()).contains("このページを開く権限がありません。");
    }

    @Test
    void wrongMethodsBadParametersAndOversizedBodiesShowTheirPages() throws Exception {
        signIn();
        HttpResponse<String> wrongMethod = send(get("/organization/legal-entities/1/retire"));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("この操作はここでは許可されていません。");

        HttpResponse<String> badParameter = send(get("/organization/people?page=abc"));
        assertThat(badParameter.statusCode()).isEqualTo(400);
        assertThat(badParameter.body()).contains("リクエストを処理できませんでした。").doesNotContain("NumberFormat");

        HttpResponse<String> tooLarge = send(post("/organization/people/new", "name=" + "x".repeat(1_100_000)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("ファイルまたはリクエストが大きすぎます。");
    }

    @Test
    void aPageWhoseRenderingFailsLateShowsTheFriendlyPageNotHalfAPage() throws Exception {
        signIn();
        HttpResponse<String> failed = send(get(FailingLatePage.PATH));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("内部エラーが発生しました。")
                .doesNotContain("row 1", FailingLatePage.DETAIL, "Exception");
    }

    /** A page that writes far more than the server's response buffer before its template fails. */
    @Controller
    static class FailingLatePage {
        static final String PATH = "/test/fails-late";
        static final String DETAIL = "detail that only the log may see";

        @GetMapping(PATH)
        @PreAuthorize("isAuthenticated()")
        String page(Model model) {
            model.addAttribute("rows", IntStream.range(0, 5_000).boxed().toList());
            model.addAttribute("broken", new Broken());
            return "test/fails-late";
        }

        static class Broken {
            public String getValue() {
                throw new IllegalStateException(DETAIL);
            }
        }
    }

    @Test
    void theApiAnswersProblemJsonForMissingCredentialsAndOversizedBodies() throws Exception {
        HttpResponse<String> anonymous = send(get("/api/v1/people").header("Accept-Language", "en"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(anonymous.body()).contains("\"title\":\"Authentication required\"", "\"status\":401");

        // a signed-in browser session is no credential for the API
        signIn();
        assertThat(send(get("/api/v1/people")).statusCode()).isEqualTo(401);

        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/people"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"status\":413", "リクエストが大きすぎます");
    }

    @Test
    void theOpenApiDescriptionAndItsUiAreForSignedInUsers() throws Exception {
        HttpResponse<String> anonymous = send(get("/v3/api-docs"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(send(get("/api-docs")).statusCode()).isEqualTo(302);

        signIn();
        HttpResponse<String> spec = send(get("/v3/api-docs").setHeader("Accept", "application/json"));
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("\"title\":\"Taisei API\"", "\"bearer\"", "/api/v1/legal-entities",
                "/api/v1/departments", "/api/v1/people");

        String location = "/api-docs";
        HttpResponse<String> ui = send(get(location));
        for (int hops = 0; ui.statusCode() / 100 == 3 && hops < 3; hops++) {
            location = ui.headers().firstValue("Location").orElseThrow();
            ui = send(HttpRequest.newBuilder(URI.create(base()).resolve(location)).GET());
        }
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'")
                        .doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'"));
        // only Swagger UI's own pages may carry inline styles
        assertThat(send(get("/organization/people")).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self';").doesNotContain("unsafe-inline"));
        HttpResponse<String> initializer = send(HttpRequest.newBuilder(URI.create(base()).resolve(location)
                .resolve("swagger-initializer.js")).GET());
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("/v3/api-docs");
    }

    // --- a browser, signed in with a user of the read-only role --------------------------------------------------

    private void signIn() throws Exception {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO idn_user (username, display_name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                username, username, passwords.encode(password), now, now);
        Long id = jdbc.queryForObject("SELECT id FROM idn_user WHERE username = ?", Long.class, username);
        jdbc.update("INSERT INTO idn_user_role (user_id, role) VALUES (?, 'READ_ONLY')", id);

        String loginPage = send(get("/login")).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> login = send(post("/login", "username=" + username + "&password=" + password
                + "&_csrf=" + csrf.group(1)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static HttpCookie cookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }
}
