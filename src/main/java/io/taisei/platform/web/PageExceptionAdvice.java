package io.taisei.platform.web;

import io.taisei.platform.Paging;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error page, with the right status, for the exceptions that pages commonly meet. Anything else
 * (access denied, unknown URLs, wrong methods) reaches the same page through {@link ErrorPageController}. REST
 * controllers are answered by {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionAdvice {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ModelAndView conflict() {
        return page(HttpStatus.CONFLICT);
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleViolation(RuleViolationException ex) {
        return page(ex.kind() == RuleViolationException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Paging.InvalidPagingException.class)
    ModelAndView invalidPaging() {
        return page(HttpStatus.BAD_REQUEST);
    }

    static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error/error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
