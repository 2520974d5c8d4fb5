package io.taisei.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the servlet container's error dispatch to {@code /error} renders: the friendly page in Japanese or English for
 * browsers, problem+json for the API, never an exception or a stack trace. (MockMvc does not forward to /error by
 * itself, so these tests do it the way Tomcat does; {@link RunningServerErrorsTest} checks the real forwarding.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            400 | リクエストを処理できませんでした。 | The request was not understood.
            403 | このページを開く権限がありません。 | You do not have permission to open this page.
            404 | お探しのページは存在しません。 | The page you asked for does not exist.
            405 | この操作はここでは許可されていません。 | This action is not allowed here.
            409 | 他の人がこのデータを先に変更したか | The record was changed by someone else
            413 | ファイルまたはリクエストが大きすぎます。 | The file or request is too large.
            500 | 内部エラーが発生しました。 | An internal error occurred.
            """)
    void everyErrorStatusHasAFriendlyPageInBothLanguages(int status, String japanese, String english) throws Exception {
        mvc.perform(error(status, "/organization/people").accept(MediaType.TEXT_HTML))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString(japanese), containsString("lang=\"ja\""),
                        containsString("ステータス " + status), noInternals())));
        mvc.perform(error(status, "/organization/people").accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie(io.taisei.platform.UserLanguage.COOKIE, "en")))
                .andExpect(status().is(status))
                .andExpect(content().string(allOf(containsString(english), containsString("lang=\"en\""),
                        containsString("Status " + status), noInternals())));
    }

    @Test
    void anExceptionThatEscapedShowsNothingOfItself() throws Exception {
        mvc.perform(error(500, "/organization").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret table idn_user"))
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret table idn_user"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("内部エラーが発生しました。"),
                        not(containsString("secret")), noInternals())));
    }

    @Test
    void errorsOfApiRequestsAreProblemJsonWhateverTheClientAccepts() throws Exception {
        mvc.perform(error(404, "/api/v1/no-such-thing").accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:taisei:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
        mvc.perform(error(405, "/api/v1/legal-entities"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.title").value("許可されていないメソッド"));
    }

    @Test
    void nonBrowserClientsOfPagesGetProblemJson() throws Exception {
        mvc.perform(error(404, "/nothing-here").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aGarbledLanguageCookieFallsBackToJapanese() throws Exception {
        mvc.perform(get("/login").cookie(new Cookie(io.taisei.platform.UserLanguage.COOKIE, "\"en\"")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("サインイン")));
    }

    private static MockHttpServletRequestBuilder error(int status, String originalUri) {
        return get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, originalUri);
    }

    static org.hamcrest.Matcher<String> noInternals() {
        return allOf(not(containsString("Exception")), not(containsString("\tat ")), not(containsString("java.")),
                not(containsString("trace")));
    }
}
