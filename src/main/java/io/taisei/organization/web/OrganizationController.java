package io.taisei.organization.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OrganizationController {

    @GetMapping("/organization")
    @PreAuthorize("hasAuthority('organization.read')")
    String organization() {
        return "redirect:/organization/legal-entities";
    }
}
