package io.taisei.identity.web;

import io.taisei.identity.Role;
import io.taisei.identity.internal.ApiTokens;
import io.taisei.identity.internal.IdentityException;
import io.taisei.identity.internal.Mfa;
import io.taisei.identity.internal.Sessions;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccounts;
import io.taisei.platform.Paging;
import io.taisei.platform.web.FormSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/** User administration: list and search for {@code identity.read}, every change for {@code identity.admin}. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final Mfa mfa;

    UserAdminController(UserAccounts accounts, ApiTokens tokens, Sessions sessions, Mfa mfa) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mfa = mfa;
    }

    record NewUserForm(@NotBlank @Size(max = 100) String username, @Size(max = 200) String displayName,
                       @Email @Size(max = 320) String email, @Size(max = 200) String password,
                       @NotEmpty Set<Role> roles) {
    }

    record EditUserForm(@Size(max = 200) String displayName, @Email @Size(max = 320) String email,
                        @NotEmpty Set<Role> roles) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity.read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                Model model) {
        Page<UserAccount> users = accounts.search(q == null ? null : q.substring(0, Math.min(q.length(), 100)),
                Paging.of(page, Paging.DEFAULT_SIZE, null, Set.of(), Sort.by("username")));
        model.addAttribute("users", users);
        model.addAttribute("q", q);
        return "admin/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('identity.admin')")
    String initCreateForm(Model model) {
        model.addAttribute("userForm", new NewUserForm("", "", "", "", Set.of()));
        return newUserForm(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('identity.admin')")
    String processCreateForm(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult errors, Model model,
                             RedirectAttributes redirect) {
        return FormSubmission.of(errors, redirect).create(
                () -> accounts.create(form.username(), form.displayName(), form.email(), form.password(), form.roles()),
                "user.created", created -> "/admin/users/" + created.getId(), () -> newUserForm(model));
    }

    private static String newUserForm(Model model) {
        model.addAttribute("roles", Role.values());
        return "admin/user-new";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.read')")
    String show(@PathVariable long id, Model model) {
        UserAccount user = accounts.get(id);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new EditUserForm(user.getDisplayName(), user.getEmail(), user.getRoles()));
        }
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("tokens", tokens.ownedBy(user.getId()));
        model.addAttribute("locked", user.isLocked(java.time.Instant.now()));
        model.addAttribute("mfaRequired", mfa.requiredFor(user));
        return "admin/user";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.admin')")
    String processEditForm(@PathVariable long id, @Valid @ModelAttribute("userForm") EditUserForm form,
                           BindingResult errors, Authentication authentication, Model model,
                           RedirectAttributes redirect) {
        return FormSubmission.of(errors, redirect).save(
                () -> accounts.update(id, form.displayName(), form.email(), form.roles(), authentication.getName()),
                "user.updated", "/admin/users/" + id, () -> show(id, model));
    }

    @PostMapping("/{id}/enabled")
    @PreAuthorize("hasAuthority('identity.admin')")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Authentication authentication,
                      RedirectAttributes redirect) {
        try {
            UserAccount user = accounts.setEnabled(id, enabled, authentication.getName());
            if (!enabled) {
                sessions.signOutEverywhere(user.getUsername());
            }
            redirect.addFlashAttribute("message", enabled ? "user.enabled.done" : "user.disabled.done");
        } catch (IdentityException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('identity.admin')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("message", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-mfa")
    @PreAuthorize("hasAuthority('identity.admin')")
    String resetMfa(@PathVariable long id, RedirectAttributes redirect) {
        accounts.resetMfa(id);
        sessions.signOutEverywhere(accounts.get(id).getUsername());
        redirect.addFlashAttribute("message", "user.mfaReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/sign-out")
    @PreAuthorize("hasAuthority('identity.admin')")
    String signOutEverywhere(@PathVariable long id, RedirectAttributes redirect) {
        sessions.signOutEverywhere(accounts.get(id).getUsername());
        redirect.addFlashAttribute("message", "user.signedOut");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    @PreAuthorize("hasAuthority('identity.admin')")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        if (tokens.revoke(id, tokenId)) {
            redirect.addFlashAttribute("message", "token.revoked");
        }
        return "redirect:/admin/users/" + id;
    }
}
