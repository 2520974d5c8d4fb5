package io.taisei.organization.web;

import io.taisei.platform.RuleViolationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Retiring a record from its edit page; a refused retirement is carried back to the edit page's retire form. */
final class Retirement {

    private Retirement() {
    }

    /**
     * Retires the record and goes back to the list at {@code list}, or, when a rule refuses, to the record's edit page
     * ({@code list/id/edit}) with the reason.
     */
    static String retire(Runnable retirement, String list, long id, RedirectAttributes redirect) {
        try {
            retirement.run();
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("retireErrorKey", violation.messageKey());
            redirect.addFlashAttribute("retireErrorArgs", violation.arguments());
            return "redirect:" + list + "/" + id + "/edit";
        }
        redirect.addFlashAttribute("message", "organization.retired");
        return "redirect:" + list;
    }
}
