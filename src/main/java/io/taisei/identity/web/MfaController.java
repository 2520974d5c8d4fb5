package io.taisei.identity.web;

import io.taisei.identity.internal.LoginAttempts;
import io.taisei.identity.internal.Mfa;
import io.taisei.identity.internal.SignIn;
import io.taisei.identity.internal.SignInHandlers;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The second sign-in step (TOTP or recovery code) and TOTP enrolment. */
@Controller
class MfaController {

    static final String ENROL_SECRET = "taisei.mfa.enrolmentSecret";

    private final Mfa mfa;
    private final SignIn signIn;
    private final SignInHandlers handlers;
    private final LoginAttempts attempts;
    private final UserAccounts accounts;

    MfaController(Mfa mfa, SignIn signIn, SignInHandlers handlers, LoginAttempts attempts, UserAccounts accounts) {
        this.mfa = mfa;
        this.signIn = signIn;
        this.handlers = handlers;
        this.attempts = attempts;
        this.accounts = accounts;
    }

    @GetMapping("/mfa")
    @PreAuthorize("hasAuthority('MFA_PENDING')")
    String initVerifyForm() {
        return "identity/mfa";
    }

    @PostMapping("/mfa")
    @PreAuthorize("hasAuthority('MFA_PENDING')")
    String processVerifyForm(@RequestParam(defaultValue = "") String code, Authentication authentication,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        String username = authentication.getName();
        if (code.length() <= 40 && mfa.verify(username, code)) {
            attempts.succeeded(username);
            request.changeSessionId();
            signIn.establish(signIn.full(accounts.byUsername(username)), request, response);
            return "redirect:" + handlers.targetAfterMfa(request, response);
        }
        LoginAttempts.pause(attempts.failed(username));
        if (attempts.isLocked(username)) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            return "redirect:/login?error";
        }
        model.addAttribute("codeError", true);
        return "identity/mfa";
    }

    @GetMapping("/mfa/enrol")
    @PreAuthorize("isAuthenticated()")
    String initEnrolForm(Authentication authentication, HttpSession session, Model model) {
        if (isPending(authentication)) {
            return "redirect:/mfa";
        }
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null) {
            secret = mfa.newSecret();
            session.setAttribute(ENROL_SECRET, secret);
        }
        model.addAttribute("secret", secret);
        model.addAttribute("qrCode", mfa.qrCodeDataUri(authentication.getName(), secret));
        model.addAttribute("required", SignIn.isPartial(authentication));
        return "identity/mfa-enrol";
    }

    @PostMapping("/mfa/enrol")
    @PreAuthorize("isAuthenticated()")
    String processEnrolForm(@RequestParam(defaultValue = "") String code, Authentication authentication,
                            HttpSession session, HttpServletRequest request, HttpServletResponse response,
                            Model model) {
        if (isPending(authentication)) {
            return "redirect:/mfa";
        }
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null) {
            return "redirect:/mfa/enrol";
        }
        List<String> recoveryCodes = code.length() <= 10
                ? mfa.confirmEnrolment(authentication.getName(), secret, code) : List.of();
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("secret", secret);
            model.addAttribute("qrCode", mfa.qrCodeDataUri(authentication.getName(), secret));
            model.addAttribute("required", SignIn.isPartial(authentication));
            model.addAttribute("codeError", true);
            return "identity/mfa-enrol";
        }
        session.removeAttribute(ENROL_SECRET);
        if (SignIn.isPartial(authentication)) {
            request.changeSessionId();
            UserAccount account = accounts.byUsername(authentication.getName());
            signIn.establish(signIn.full(account), request, response);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "identity/recovery-codes";
    }

    private static boolean isPending(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> SignIn.MFA_PENDING.equals(a.getAuthority()));
    }

}
