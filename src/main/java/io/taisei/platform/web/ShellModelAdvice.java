package io.taisei.platform.web;

import io.taisei.platform.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts what the layout needs into every page's model: the navigation the current user may see. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final List<NavigationItem> navigation;

    ShellModelAdvice(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    /** The request path, to mark the active menu entry (Thymeleaf 3.1 no longer exposes #request). */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return navigation.stream()
                .filter(item -> item.requiredAuthority() == null || held.contains(item.requiredAuthority()))
                .toList();
    }
}
