package io.taisei.notification;

import io.taisei.notification.internal.NotificationStore;
import io.taisei.platform.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.util.Locale;

/**
 * The notification module's public API. Other modules call {@link #send} inside their own transaction, so a notice
 * exists exactly when the change that caused it was committed; mail goes out shortly after, outside it.
 */
@Service
public class Notifications {

    private final NotificationStore store;

    Notifications(NotificationStore store) {
        this.store = store;
    }

    /** Stores the notice for each recipient (skipping those who already had its deduplication key); returns how many. */
    public int send(Notice notice) {
        return store.send(notice);
    }

    /** The user's own notifications, newest first, with subjects in {@code locale}. */
    public Page<NotificationView> of(String username, boolean unreadOnly, Pageable pageable, Locale locale) {
        return store.of(username, unreadOnly, pageable, locale);
    }

    public long unreadCount(String username) {
        return store.unreadCount(username);
    }

    /** @throws RecordNotFoundException unless the notification is the user's own */
    public NotificationView markRead(String username, long id, Locale locale) {
        return store.markRead(username, id, locale);
    }

    public int markAllRead(String username) {
        return store.markAllRead(username);
    }
}
