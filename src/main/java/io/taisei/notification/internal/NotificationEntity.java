package io.taisei.notification.internal;

import io.taisei.notification.MailStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One notification for one recipient: a user (in the app, and by mail if the user has an address) or an address. */
@Entity
@Table(name = "ntf_notification")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** "user:{id}" or "mail:{address}": whom a deduplication key is counted for. */
    @Column(name = "recipient_key", nullable = false, length = 400)
    private String recipientKey;
    @Column(name = "user_id")
    private Long userId;
    @Column(length = 100)
    private String username;
    @Column(length = 320)
    private String email;
    @Column(nullable = false, length = 10)
    private String language;
    @Column(nullable = false, length = 100)
    private String kind;
    @Column(name = "subject_key", nullable = false, length = 200)
    private String subjectKey;
    /** The subject's message arguments as a JSON array of strings. */
    @Column(name = "arguments", length = 4000)
    private String argumentsJson;
    @Column(length = 1000)
    private String link;
    @Column(name = "deduplication_key", length = 300)
    private String deduplicationKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 20)
    private MailStatus mailStatus;
    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;
    @Column(name = "mailed_at")
    private Instant mailedAt;
    @Column(name = "mail_error", length = 500)
    private String mailError;
    @Version
    private long version;

    protected NotificationEntity() {
    }

    NotificationEntity(String recipientKey, Long userId, String username, String email, String language, String kind,
                       String subjectKey, String argumentsJson, String link, String deduplicationKey,
                       MailStatus mailStatus, Instant createdAt) {
        this.recipientKey = recipientKey;
        this.userId = userId;
        this.username = username;
        this.email = email;
        this.language = language;
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.argumentsJson = argumentsJson;
        this.link = link;
        this.deduplicationKey = deduplicationKey;
        this.mailStatus = mailStatus;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void mailSent(Instant at) {
        mailStatus = MailStatus.SENT;
        mailedAt = at;
        mailAttempts++;
        mailError = null;
    }

    /** After the last attempt the mail is given up as failed; before it, it stays pending for the next round. */
    void mailFailed(String reason, int maxAttempts) {
        mailAttempts++;
        mailError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        if (mailAttempts >= maxAttempts) {
            mailStatus = MailStatus.FAILED;
        }
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public String getKind() { return kind; }
    public String getSubjectKey() { return subjectKey; }
    public String getArgumentsJson() { return argumentsJson; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public MailStatus getMailStatus() { return mailStatus; }
    public int getMailAttempts() { return mailAttempts; }
}
