package io.taisei.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.util.List;

/**
 * Answers every error the servlet container forwards to {@code /error}: unknown URLs, errors raised in the security
 * filter chain (a missing CSRF token, a refused page), oversized bodies, and anything a controller let escape.
 * Requests to the API get problem+json; browsers get the friendly error page in their language. Neither shows an
 * exception message or a stack trace. Replaces Spring Boot's {@code BasicErrorController}.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    @PreAuthorize("permitAll()")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String originalUri = uri == null ? null : uri.toString();
        if (ApiRequests.isApiPath(originalUri, request.getContextPath()) || !acceptsHtml(request)) {
            problems.write(response, problems.forStatus(status, originalUri, ApiRequests.locale(request)));
            return null;
        }
        ModelAndView page = new ModelAndView("error/error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable throwable && RequestBodyLimitFilter.isTooLarge(throwable)) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status;
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
