package io.taisei.platform.web;

import io.taisei.platform.Paging;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import io.taisei.platform.web.Problems.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every exception that leaves a REST controller into an RFC 9457 {@code application/problem+json} answer in the
 * caller's language. Validation failures list each offending field in {@code errors}; wrong JSON types name the field
 * and the expected type; unknown enum values list the allowed ones. Exception messages and stack traces never leave
 * the server: clients only see texts from the message bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
// Last, so that an advice a module declares for its own controllers is consulted first.
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    // --- validation --------------------------------------------------------------------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<FieldProblem> errors = new ArrayList<>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            errors.add(new FieldProblem(field, messages.getMessage(error, locale)));
        }
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        Locale locale = locale();
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String field = param != null && !param.name().isEmpty() ? param.name()
                    : result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> {
                String name = error instanceof FieldError fieldError ? fieldError.getField() : field;
                errors.add(new FieldProblem(name, messages.getMessage(error, locale)));
            });
        });
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName();
        return validationProblem(List.of(new FieldProblem(field, expected(ex.getRequiredType(), locale()))), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        String message = problems.message("problem.field.required", null, locale());
        return validationProblem(List.of(new FieldProblem(ex.getParameterName(), message)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimitFilter.isTooLarge(ex)) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        Locale locale = locale();
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null) {
            // no body at all, or a body that is not even text
            return respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-request", "problem.detail.body.missing",
                    null, path(request), locale));
        }
        String field = path(jackson);
        if (jackson instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            return validationProblem(List.of(new FieldProblem(field, expected(mismatch.getTargetType(), locale))), request);
        }
        if (jackson instanceof InputCoercionException && !field.isEmpty()) {
            return validationProblem(List.of(new FieldProblem(field,
                    problems.message("problem.field.outOfRange", null, locale))), request);
        }
        TokenStreamLocation location = jackson.getLocation();
        Object[] where = location == null ? new Object[]{0, 0} : new Object[]{location.getLineNr(), location.getColumnNr()};
        return respond(problems.create(HttpStatus.BAD_REQUEST, "malformed-request", "problem.detail.body.malformed",
                where, path(request), locale));
    }

    @ExceptionHandler(Paging.InvalidPagingException.class)
    ResponseEntity<Object> invalidPaging(Paging.InvalidPagingException ex, WebRequest request) {
        String message = problems.message(ex.messageKey(), null, locale());
        return validationProblem(List.of(new FieldProblem(ex.field(), message)), request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException ex, WebRequest request) {
        Locale locale = locale();
        String message = problems.message(ex.messageKey(), ex.arguments(), locale);
        boolean conflict = ex.kind() == RuleViolationException.Kind.CONFLICT;
        HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problems.create(status, conflict ? "rule-violation" : "validation",
                "problem.detail.rule", null, path(request), locale);
        problem.setDetail(message);
        return respond(problems.withErrors(problem, List.of(new FieldProblem(ex.field(), message))));
    }

    // --- state of the records ----------------------------------------------------------------------------------

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(RecordNotFoundException ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class})
    ResponseEntity<Object> staleRecord(Exception ex, WebRequest request) {
        return respond(problems.create(HttpStatus.CONFLICT, "stale-record", "problem.detail.stale", null,
                path(request), locale()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
        // usually two requests racing for the same unique code; the rule checks catch the ordinary case first
        log.info("Refused a change that violates a database constraint: {}", ex.getMostSpecificCause().getClass().getName());
        return problem(HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (RequestBodyLimitFilter.isTooLarge(ex)) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        log.error("Unexpected error answering {}", path(request), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Everything the base class answers (405, 406, 413, 415, ...): same status, our own localized wording. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = statusCode.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            log.error("Error answering {}", path(request), ex);
        }
        return ResponseEntity.status(status).headers(headers).body(problems.forStatus(status, path(request), locale()));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private ResponseEntity<Object> validationProblem(List<FieldProblem> errors, WebRequest request) {
        ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "validation", "problem.detail.validation",
                new Object[]{errors.size()}, path(request), locale());
        return respond(problems.withErrors(problem, errors));
    }

    private ResponseEntity<Object> problem(HttpStatus status, WebRequest request) {
        return respond(problems.forStatus(status, path(request), locale()));
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** What the client should have sent, in words: an integer, one of ACTIVE and RETIRED, and so on. */
    private String expected(@Nullable Class<?> type, Locale locale) {
        if (type == null) {
            return problems.message("problem.field.type", new Object[]{problems.message("problem.type.value", null, locale)}, locale);
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return problems.message("problem.field.enum", new Object[]{allowed}, locale);
        }
        return problems.message("problem.field.type", new Object[]{problems.message(typeKey(type), null, locale)}, locale);
    }

    private static String typeKey(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "problem.type.integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "problem.type.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "problem.type.boolean";
        }
        if (type == LocalDate.class) {
            return "problem.type.date";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "problem.type.datetime";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "problem.type.string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "problem.type.array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "problem.type.object";
        }
        return "problem.type.value";
    }

    /** The JSON path of the offending value, as {@code parent.child[2].name}. */
    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            return servletRequest.getRequestURI();
        }
        return null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
