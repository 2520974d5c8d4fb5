package io.taisei.notification;

/** What became of a notification's mail. */
public enum MailStatus {
    /** Nobody to mail (a user without an address). */
    NONE,
    /** No mail server is configured (TAISEI_MAIL_HOST): in-app only. */
    NOT_CONFIGURED,
    PENDING,
    SENT,
    FAILED
}
