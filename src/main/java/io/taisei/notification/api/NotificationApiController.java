package io.taisei.notification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.notification.NotificationView;
import io.taisei.notification.Notifications;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own reminders and alerts (お知らせ)")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List the caller's notifications", description = "Newest first; subjects in the Accept-Language language.")
    PageResponse<NotificationView> list(@RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(defaultValue = "false") boolean unreadOnly,
                                        Authentication caller, Locale locale) {
        var pageable = Paging.of(page, size, null, Set.of(), Sort.unsorted());
        return PageResponse.of(notifications.of(caller.getName(), unreadOnly, pageable, locale), n -> n);
    }

    @GetMapping("/unread-count")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "How many of the caller's notifications are unread")
    Map<String, Long> unreadCount(Authentication caller) {
        return Map.of("unread", notifications.unreadCount(caller.getName()));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark one of the caller's notifications read")
    NotificationView markRead(@PathVariable long id, Authentication caller, Locale locale) {
        return notifications.markRead(caller.getName(), id, locale);
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Mark all the caller's notifications read")
    Map<String, Integer> markAllRead(Authentication caller) {
        return Map.of("marked", notifications.markAllRead(caller.getName()));
    }
}
