package io.taisei.identity.web;

import io.taisei.identity.internal.OidcSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final OidcSettings oidc;

    LoginController(OidcSettings oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    String login(Model model) {
        model.addAttribute("oidcEnabled", oidc.enabled());
        return "identity/login";
    }
}
