package io.taisei.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds RFC 9457 problem details in the caller's language. Every API error, whether raised in a controller, in the
 * security filter chain or in a servlet filter, comes out of here, so they all look the same and none of them carries
 * an exception message or stack trace.
 */
@Component
class Problems {

    static final String TYPE_PREFIX = "urn:taisei:problem:";

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem with a localized title for the status and a localized detail from {@code detailKey}. */
    ProblemDetail create(HttpStatus status, String type, String detailKey, Object[] detailArguments,
                         String instance, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title(status, locale));
        problem.setDetail(messages.getMessage(detailKey, detailArguments, locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    /** The generic problem for a status: the type and detail follow from the status alone. */
    ProblemDetail forStatus(HttpStatus status, String instance, Locale locale) {
        return create(status, typeOf(status), detailKeyOf(status), null, instance, locale);
    }

    ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String title(HttpStatus status, Locale locale) {
        return messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
    }

    /** Writes a problem straight to the response, for code that runs outside Spring MVC (filters, security). */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body));
        response.flushBuffer();
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        write(response, forStatus(status, request.getRequestURI(), ApiRequests.locale(request)));
    }

    static String typeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case PAYLOAD_TOO_LARGE -> "too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case INTERNAL_SERVER_ERROR -> "internal";
            default -> status.is4xxClientError() ? "client-error" : "server-error";
        };
    }

    static String detailKeyOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT,
                 PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, INTERNAL_SERVER_ERROR -> "problem.detail." + status.value();
            default -> status.is4xxClientError() ? "problem.detail.4xx" : "problem.detail.5xx";
        };
    }

    /** One entry of a validation problem's {@code errors} list: which input and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }
}
