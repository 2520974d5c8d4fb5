package io.taisei.platform.web;

import io.taisei.platform.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The post half of a form page (post-redirect-get). Unless binding or validation has already found errors, the change
 * is made; when it goes through, a flash message is kept for the next page and the browser is redirected; when a
 * business rule refuses it, the reason is put beside the field it names (or above the form) and the form is rendered
 * again with what the user typed.
 *
 * <pre>{@code
 * return FormSubmission.of(result, redirect).onStale()
 *         .save(() -> organization.updateDepartment(id, form, version), "organization.saved",
 *               "/organization/departments", () -> form(model, department));
 * }</pre>
 */
public final class FormSubmission {

    /** The message of a record that someone else changed after the form was opened. */
    public static final String STALE = "problem.detail.stale";

    private final BindingResult result;
    private final RedirectAttributes redirect;
    private final String staleMessage;
    private final Map<String, String> formFields;

    private FormSubmission(BindingResult result, RedirectAttributes redirect, String staleMessage,
                           Map<String, String> formFields) {
        this.result = result;
        this.redirect = redirect;
        this.staleMessage = staleMessage;
        this.formFields = formFields;
    }

    /** A submission of the form whose binding and validation errors are in {@code result}. */
    public static FormSubmission of(BindingResult result, RedirectAttributes redirect) {
        return new FormSubmission(result, redirect, null, Map.of());
    }

    /**
     * A lost update (the version the form was opened with is no longer current) is shown above the form with the
     * platform's {@link #STALE} message. Without this it is left to the error page (409).
     */
    public FormSubmission onStale() {
        return onStale(STALE);
    }

    /** A lost update is shown above the form with this message key. */
    public FormSubmission onStale(String messageKey) {
        return new FormSubmission(result, redirect, messageKey, formFields);
    }

    /** A rule violation that names {@code field} is shown beside the form's {@code formField}. */
    public FormSubmission field(String field, String formField) {
        Map<String, String> fields = new HashMap<>(formFields);
        fields.put(field, formField);
        return new FormSubmission(result, redirect, staleMessage, Map.copyOf(fields));
    }

    /**
     * Makes the change and redirects to {@code target} with the flash {@code message} (a message key; null for none),
     * or renders the form again.
     */
    public String save(Runnable change, String message, String target, Supplier<String> form) {
        return create(() -> {
            change.run();
            return target;
        }, message, Function.identity(), form);
    }

    /**
     * Makes the change and redirects to the page {@code target} names for what it returned (the record just created)
     * with the flash {@code message} (a message key; null for none), or renders the form again.
     */
    public <T> String create(Supplier<T> change, String message, Function<? super T, String> target,
                           Supplier<String> form) {
        if (!result.hasErrors()) {
            try {
                T saved = change.get();
                if (message != null) {
                    redirect.addFlashAttribute("message", message);
                }
                return "redirect:" + target.apply(saved);
            } catch (RuleViolationException violation) {
                String field = violation.field() == null ? null
                        : formFields.getOrDefault(violation.field(), violation.field());
                PageSupport.reject(result, field, violation);
            } catch (OptimisticLockingFailureException stale) {
                if (staleMessage == null) {
                    throw stale;
                }
                result.reject(staleMessage);
            }
        }
        return form.get();
    }
}
