package io.taisei.identity.api;

import io.taisei.identity.internal.IdentityException;
import io.taisei.platform.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** Identity rule violations in the API as 400 problem details, with the field at fault. */
@RestControllerAdvice(basePackageClasses = IdentityApiErrors.class)
class IdentityApiErrors {

    private final MessageSource messages;

    IdentityApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IdentityException.class)
    ProblemDetail refused(IdentityException e) {
        return problem(e.field(), e.messageKey());
    }

    @ExceptionHandler(Paging.InvalidPagingException.class)
    ProblemDetail badPaging(Paging.InvalidPagingException e) {
        return problem(e.field(), e.messageKey());
    }

    private ProblemDetail problem(String field, String messageKey) {
        String message = messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Bad Request");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "code", messageKey,
                    "message", message)));
        }
        return problem;
    }
}
