package io.taisei.identity.web;

import io.taisei.identity.Role;
import io.taisei.identity.internal.IdentityException;
import io.taisei.identity.internal.SetupSecret;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.identity.internal.UserAccounts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.EnumSet;

/**
 * First start: creates the first administrator with the one-time secret printed on the console. Open without
 * sign-in, but answers only a request carrying the right secret while no user exists.
 */
@Controller
class SetupController {

    private final SetupSecret secret;
    private final UserAccountRepository users;
    private final UserAccounts accounts;

    SetupController(SetupSecret secret, UserAccountRepository users, UserAccounts accounts) {
        this.secret = secret;
        this.users = users;
        this.accounts = accounts;
    }

    record SetupForm(@NotBlank @Size(max = 200) String secret,
                     @NotBlank @Size(max = 100) String username,
                     @Size(max = 200) String displayName,
                     @NotBlank @Size(max = 200) String password,
                     @NotBlank @Size(max = 200) String passwordConfirm) {
    }

    @org.springframework.web.bind.annotation.ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return accounts.minPasswordLength();
    }

    @GetMapping("/setup")
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    String initSetupForm(@RequestParam(required = false) String secret, Model model, HttpServletResponse response) {
        if (!isOpen(secret)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "identity/setup-closed";
        }
        model.addAttribute("setupForm", new SetupForm(secret, "", "", "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup")
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    String processSetupForm(@Valid @ModelAttribute("setupForm") SetupForm form, BindingResult errors,
                            HttpServletResponse response) {
        if (!isOpen(form.secret())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "identity/setup-closed";
        }
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.passwordConfirm())) {
            errors.rejectValue("passwordConfirm", "password.mismatch");
        }
        if (!errors.hasFieldErrors("password")) {
            try {
                accounts.checkPassword(form.username(), form.password());
            } catch (IdentityException e) {
                errors.rejectValue("password", e.messageKey());
            }
        }
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        synchronized (secret) {
            if (!secret.consume(form.secret()) || users.count() > 0) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return "identity/setup-closed";
            }
            try {
                accounts.create(form.username(), form.displayName(), null, form.password(),
                        EnumSet.of(Role.ADMINISTRATOR));
            } catch (IdentityException e) {
                errors.rejectValue(e.field() == null ? "username" : e.field(), e.messageKey());
                return "identity/setup-closed";
            }
        }
        return "redirect:/login?setup";
    }

    private boolean isOpen(String candidate) {
        return candidate != null && secret.matches(candidate) && users.count() == 0;
    }
}
