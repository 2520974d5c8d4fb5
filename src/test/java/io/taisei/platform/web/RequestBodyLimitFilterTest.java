package io.taisei.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitFilterTest {

    static final int LIMIT = 1024;

    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(LIMIT, problems());

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingRuns() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request("/api/v1/people", "application/json", LIMIT + 1), response,
                (req, res) -> ran.set(true));
        assertThat(ran).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413");
    }

    @Test
    void pagesGetTheErrorPageThroughSendError() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request("/organization/people/new", "application/x-www-form-urlencoded", LIMIT + 1), response,
                new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.isCommitted()).isTrue();
        assertThat(response.getErrorMessage()).isNull();
    }

    @Test
    void aBodyWithoutLengthIsCutOffWhileItIsRead() throws Exception {
        HttpServletRequest chunked = new HttpServletRequestWrapper(request("/api/v1/people", "application/json", LIMIT * 4)) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(chunked, response, (req, res) -> {
            try {
                req.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new ServletException(e);
            }
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"status\":413");
    }

    @Test
    void bodiesWithinTheLimitAndMultipartUploadsPass() throws Exception {
        AtomicBoolean read = new AtomicBoolean();
        filter.doFilter(request("/api/v1/people", "application/json", LIMIT), new MockHttpServletResponse(),
                (req, res) -> read.set(req.getInputStream().readAllBytes().length == LIMIT));
        assertThat(read).isTrue();
        AtomicBoolean uploaded = new AtomicBoolean();
        filter.doFilter(request("/upload", "multipart/form-data; boundary=x", LIMIT * 10), new MockHttpServletResponse(),
                (req, res) -> uploaded.set(true));
        assertThat(uploaded).isTrue();
    }

    private static MockHttpServletRequest request(String uri, String contentType, int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContentType(contentType);
        request.setContent(new byte[size]);
        return request;
    }

    private static Problems problems() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage("problem.title.413", Locale.JAPANESE, "リクエストが大きすぎます");
        return new Problems(messages, JsonMapper.builder().build());
    }
}
