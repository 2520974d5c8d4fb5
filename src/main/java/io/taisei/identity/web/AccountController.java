package io.taisei.identity.web;

import io.taisei.identity.internal.ApiToken;
import io.taisei.identity.internal.ApiTokens;
import io.taisei.identity.internal.IdentityException;
import io.taisei.identity.internal.Mfa;
import io.taisei.identity.internal.Sessions;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccounts;
import io.taisei.platform.web.FormSubmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** A user's own account: password, MFA, API tokens, language, sessions. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final Mfa mfa;
    private final Sessions sessions;

    AccountController(UserAccounts accounts, ApiTokens tokens, Mfa mfa, Sessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mfa = mfa;
        this.sessions = sessions;
    }

    record PasswordForm(@Size(max = 200) String currentPassword, @NotBlank @Size(max = 200) String newPassword,
                        @NotBlank @Size(max = 200) String confirmPassword) {
    }

    record TokenForm(@NotBlank @Size(max = 100) String name, @NotNull ApiToken.Scope scope,
                     @NotNull @Min(1) @Max(365) Integer validDays) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String show(Authentication authentication, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", ApiToken.Scope.READ, 90));
        }
        UserAccount account = accounts.byUsername(authentication.getName());
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.ownedBy(account.getId()));
        model.addAttribute("recoveryCodesLeft", account.isMfaEnabled() ? mfa.remainingRecoveryCodes(account) : 0);
        model.addAttribute("mfaRequired", mfa.requiredFor(account));
        model.addAttribute("minPasswordLength", accounts.minPasswordLength());
        return "identity/account";
    }

    @PostMapping("/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
                          Authentication authentication, Model model, RedirectAttributes redirect,
                          HttpServletRequest request) {
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        // the password policy names the field "password"; this form calls it "newPassword"
        return FormSubmission.of(errors, redirect).field("password", "newPassword").save(() -> {
            accounts.changePassword(authentication.getName(), form.currentPassword(), form.newPassword());
            // Whoever else was signed in with the old password is signed out; this browser stays.
            sessions.signOutOthers(authentication.getName(), request.getSession().getId());
        }, "account.password.changed", "/account", () -> show(authentication, model));
    }

    @PostMapping("/tokens")
    @PreAuthorize("isAuthenticated()")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors,
                       Authentication authentication, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return show(authentication, model);
        }
        try {
            ApiTokens.Created created = tokens.create(authentication.getName(), form.name(), form.scope(),
                    form.validDays());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("token", created.token());
            model.addAttribute("secret", created.secret());
            return "identity/token-created";
        } catch (IdentityException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return show(authentication, model);
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revokeToken(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        UserAccount account = accounts.byUsername(authentication.getName());
        if (tokens.revoke(account.getId(), id)) {
            redirect.addFlashAttribute("message", "token.revoked");
        }
        return "redirect:/account";
    }

    @PostMapping("/recovery-codes")
    @PreAuthorize("isAuthenticated()")
    String newRecoveryCodes(Authentication authentication, Model model, HttpServletResponse response) {
        UserAccount account = accounts.byUsername(authentication.getName());
        if (!account.isMfaEnabled()) {
            return "redirect:/account";
        }
        List<String> codes = mfa.newRecoveryCodes(account);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("recoveryCodes", codes);
        return "identity/recovery-codes";
    }

    @PostMapping("/sessions/revoke")
    @PreAuthorize("isAuthenticated()")
    String signOutEverywhere(Authentication authentication, HttpServletRequest request,
                             HttpServletResponse response) {
        sessions.signOutEverywhere(authentication.getName());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?logout";
    }
}
