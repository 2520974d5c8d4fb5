package io.taisei.platform.web;

import io.taisei.platform.NavigationBadge;
import io.taisei.platform.NavigationItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts what the layout needs into every page's model: the navigation the current user may see, with its badges. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private static final Logger log = LoggerFactory.getLogger(ShellModelAdvice.class);

    private final List<NavigationItem> navigation;
    private final List<NavigationBadge> badges;

    ShellModelAdvice(List<NavigationItem> navigation, List<NavigationBadge> badges) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.badges = badges;
    }

    /** The request path, for highlighting the active menu entry (Thymeleaf 3.1 no longer exposes the request). */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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

    /** Numbers beside navigation links, by path; only those above zero. */
    @ModelAttribute("navigationBadges")
    Map<String, Long> navigationBadges() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || badges.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        for (NavigationBadge badge : badges) {
            try {
                long count = badge.count(authentication.getName());
                if (count > 0) {
                    counts.put(badge.path(), count);
                }
            } catch (DataAccessException unavailable) {
                // The error page is rendered through this advice too: a database outage must not break it.
                log.debug("Navigation badge for {} unavailable", badge.path(), unavailable);
            }
        }
        return counts;
    }
}
