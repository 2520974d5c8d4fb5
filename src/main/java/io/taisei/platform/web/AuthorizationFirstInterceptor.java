package io.taisei.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.expression.DefaultHttpSecurityExpressionHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring MVC reads the request body or binds a form, so a caller
 * without the permission gets 403 (or is sent to sign in) rather than a validation answer that reveals what the
 * endpoint expects. It also fails closed: a Taisei handler without {@code @PreAuthorize} is refused to everyone, so a
 * new endpoint cannot be forgotten. Method security still evaluates the same annotation when the method is invoked.
 */
class AuthorizationFirstInterceptor implements HandlerInterceptor {

    private static final String APPLICATION_PACKAGE = "io.taisei.";

    private final DefaultHttpSecurityExpressionHandler expressionHandler = new DefaultHttpSecurityExpressionHandler();
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();
    private final Map<HandlerMethod, Expression> expressions = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(APPLICATION_PACKAGE)) {
            return true;
        }
        Expression expression = expressions.computeIfAbsent(method, this::expressionOf);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        EvaluationContext context = expressionHandler.createEvaluationContext(() -> authentication,
                new RequestAuthorizationContext(request));
        if (expression == null || !ExpressionUtils.evaluateAsBoolean(expression, context)) {
            if (authentication == null || trustResolver.isAnonymous(authentication)) {
                throw new AuthenticationCredentialsNotFoundException("sign-in required");
            }
            throw new AccessDeniedException("not permitted");
        }
        return true;
    }

    private Expression expressionOf(HandlerMethod method) {
        PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return annotation == null ? null : expressionHandler.getExpressionParser().parseExpression(annotation.value());
    }
}
