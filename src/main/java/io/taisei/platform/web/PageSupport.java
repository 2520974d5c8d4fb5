package io.taisei.platform.web;

import io.taisei.platform.CountLimitedPage;
import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.function.Supplier;

/**
 * What every module's list and form pages share: htmx fragments, paging links, rule violations on forms (and, for the
 * whole post-redirect-get of a form, {@link FormSubmission}).
 */
public final class PageSupport {

    private PageSupport() {
    }

    /** htmx asks for the result list only; a history restore (back button after a cache miss) needs the whole page. */
    public static boolean wantsFragment(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /**
     * Puts the page and links to the previous and next pages (same query, other page number) into the model, and
     * {@code countedUpTo} when the page's rows were counted only that far.
     */
    public static void paging(Model model, Page<?> page) {
        model.addAttribute("page", page);
        // "more than N" instead of a total when the rows were counted only up to a limit
        model.addAttribute("countedUpTo", page instanceof CountLimitedPage<?> limited && limited.isCountLimited()
                ? limited.countedUpTo() : null);
        model.addAttribute("previousUrl", page.hasPrevious() ? pageUrl(page.getNumber() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? pageUrl(page.getNumber() + 1) : null);
    }

    /**
     * Runs a list's query and puts its page into the model as {@link #paging} does; a filter or paging parameter the
     * query refuses is put there instead ({@code filterErrorKey}, and {@code filterErrorArgs} for a rule violation),
     * for the page to show above its results rather than an error page.
     */
    public static void results(Model model, Supplier<? extends Page<?>> query) {
        try {
            paging(model, query.get());
        } catch (RuleViolationException refused) {
            model.addAttribute("filterErrorKey", refused.messageKey());
            model.addAttribute("filterErrorArgs", refused.arguments());
        } catch (Paging.InvalidPagingException refused) {
            model.addAttribute("filterErrorKey", refused.messageKey());
        }
    }

    private static String pageUrl(int number) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number).build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }

    /**
     * The view of a list page, or only its {@code results} fragment when htmx asks for the results alone (see
     * {@link #wantsFragment}).
     */
    public static String listView(HttpServletRequest request, String view) {
        return wantsFragment(request) ? view + " :: results" : view;
    }

    /** A refused change shown beside the field it concerns, or above the form. */
    public static void reject(BindingResult result, RuleViolationException violation) {
        reject(result, violation.field(), violation);
    }

    /** A refused change shown beside the form's {@code field} (when the form has it), or above the form. */
    static void reject(BindingResult result, String field, RuleViolationException violation) {
        if (field != null && result.getFieldType(field) != null) {
            result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
        } else {
            result.reject(violation.messageKey(), violation.arguments(), null);
        }
    }
}
