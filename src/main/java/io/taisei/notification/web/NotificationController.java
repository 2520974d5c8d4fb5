package io.taisei.notification.web;

import io.taisei.notification.NotificationView;
import io.taisei.notification.Notifications;
import io.taisei.platform.Paging;
import io.taisei.platform.web.PageSupport;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Set;

/** Each user's own notifications: the inbox, opening one (which marks it read) and marking all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String inbox(@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean unread,
                 Authentication user, Locale locale, Model model) {
        var pageable = Paging.of(page, null, null, Set.of(), Sort.unsorted());
        PageSupport.paging(model, notifications.of(user.getName(), unread, pageable, locale));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", notifications.unreadCount(user.getName()));
        return "notification/inbox";
    }

    /** Marks the notification read and goes to the page it concerns (or back to the inbox). */
    @PostMapping("/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@PathVariable long id, Authentication user, Locale locale) {
        NotificationView read = notifications.markRead(user.getName(), id, locale);
        return "redirect:" + (read.link() == null ? "/notifications" : read.link());
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(Authentication user) {
        notifications.markAllRead(user.getName());
        return "redirect:/notifications";
    }
}
