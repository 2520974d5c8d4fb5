package io.taisei.organization.web;

import io.taisei.platform.RuleViolationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refused retirement, carried to the edit page where the retire action lives. */
final class RetireRefusal {

    private RetireRefusal() {
    }

    static void show(RedirectAttributes redirect, RuleViolationException violation) {
        redirect.addFlashAttribute("retireErrorKey", violation.messageKey());
        redirect.addFlashAttribute("retireErrorArgs", violation.arguments());
    }
}
