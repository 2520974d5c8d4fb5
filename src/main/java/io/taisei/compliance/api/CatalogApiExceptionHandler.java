package io.taisei.compliance.api;

import io.taisei.compliance.CatalogItemFilter;
import io.taisei.compliance.CatalogNotFoundException;
import io.taisei.platform.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad filters or paging answer 400 and unknown catalogs or items 404, as problem+json in the caller's language. */
@RestControllerAdvice(assignableTypes = CatalogApiController.class)
class CatalogApiExceptionHandler {

    private final MessageSource messages;

    CatalogApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CatalogNotFoundException.class)
    ProblemDetail notFound(CatalogNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("compliance.notFound", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(CatalogItemFilter.InvalidFilterException.class)
    ProblemDetail badFilter(CatalogItemFilter.InvalidFilterException e) {
        return badRequest(e.parameter(), e.messageKey());
    }

    @ExceptionHandler(Paging.InvalidPagingException.class)
    ProblemDetail badPaging(Paging.InvalidPagingException e) {
        return badRequest(e.field(), e.messageKey());
    }

    private ProblemDetail badRequest(String parameter, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
