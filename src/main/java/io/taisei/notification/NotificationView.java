package io.taisei.notification;

import java.time.Instant;

/** A notification as its reader sees it, with the subject already in the reader's language. */
public record NotificationView(long id, String kind, String subject, String link, Instant createdAt, Instant readAt,
                               MailStatus mailStatus) {

    public boolean unread() {
        return readAt == null;
    }
}
