package io.taisei.notification.internal;

import io.taisei.identity.Role;
import io.taisei.identity.UserContact;
import io.taisei.identity.UserDirectory;
import io.taisei.notification.MailStatus;
import io.taisei.notification.Notice;
import io.taisei.notification.NotificationView;
import io.taisei.notification.Recipient;
import io.taisei.platform.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Stores notices per recipient (once per deduplication key), lists a user's own, marks them read. */
@Service
@Transactional
public class NotificationStore {

    static final String RECORD = "notification";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final MailSettings mail;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    NotificationStore(NotificationRepository notifications, UserDirectory users, MailSettings mail,
                      MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
    }

    /** Who would receive the notice, one target per user or bare address. */
    private Map<String, Target> resolve(Notice notice) {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Recipient recipient : notice.recipients()) {
            switch (recipient.kind()) {
                case ROLE -> users.enabledUsersWithRole(Role.valueOf(recipient.value()))
                        .forEach(user -> add(targets, Target.of(user)));
                case USERNAME -> users.enabledUserByUsername(recipient.value())
                        .ifPresent(user -> add(targets, Target.of(user)));
                case EMAIL -> add(targets, users.enabledUserByEmail(recipient.value()).map(Target::of)
                        .orElseGet(() -> Target.address(recipient.value())));
            }
        }
        return targets;
    }

    private static void add(Map<String, Target> targets, Target target) {
        targets.putIfAbsent(target.key(), target);
    }

    public int send(Notice notice) {
        String arguments = JSON.writeValueAsString(notice.arguments());
        Instant now = clock.instant();
        List<NotificationEntity> stored = new ArrayList<>();
        for (Target target : resolve(notice).values()) {
            if (notice.deduplicationKey() != null
                    && notifications.existsByDeduplicationKeyAndRecipientKey(notice.deduplicationKey(), target.key())) {
                continue;
            }
            MailStatus mailStatus = target.email() == null || target.email().isBlank() ? MailStatus.NONE
                    : mail.configured() ? MailStatus.PENDING : MailStatus.NOT_CONFIGURED;
            stored.add(new NotificationEntity(target.key(), target.userId(), target.username(), target.email(),
                    target.language(), notice.kind(), notice.subjectKey(), arguments, notice.link(),
                    notice.deduplicationKey(), mailStatus, now));
        }
        notifications.saveAll(stored);
        return stored.size();
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> of(String username, boolean unreadOnly, Pageable pageable, Locale locale) {
        Page<NotificationEntity> page = unreadOnly
                ? notifications.findByUsernameAndReadAtIsNullOrderByCreatedAtDescIdDesc(username, pageable)
                : notifications.findByUsernameOrderByCreatedAtDescIdDesc(username, pageable);
        return page.map(n -> view(n, locale));
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return notifications.countByUsernameAndReadAtIsNull(username);
    }

    /** @throws RecordNotFoundException unless the notification is the user's own */
    public NotificationView markRead(String username, long id, Locale locale) {
        NotificationEntity notification = notifications.findByIdAndUsername(id, username)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        notification.markRead(clock.instant());
        return view(notification, locale);
    }

    public int markAllRead(String username) {
        List<NotificationEntity> unread = notifications.findByUsernameAndReadAtIsNull(username);
        Instant now = clock.instant();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    String subject(NotificationEntity notification, Locale locale) {
        List<String> arguments = notification.getArgumentsJson() == null ? List.of()
                : JSON.readValue(notification.getArgumentsJson(), new TypeReference<List<String>>() { });
        return messages.getMessage(notification.getSubjectKey(), arguments.toArray(), notification.getSubjectKey(),
                locale);
    }

    private NotificationView view(NotificationEntity n, Locale locale) {
        return new NotificationView(n.getId(), n.getKind(), subject(n, locale), n.getLink(), n.getCreatedAt(),
                n.getReadAt(), n.getMailStatus());
    }

    private record Target(String key, Long userId, String username, String email, String language) {
        static Target of(UserContact user) {
            return new Target("user:" + user.userId(), user.userId(), user.username(), user.email(), user.language());
        }

        static Target address(String email) {
            return new Target("mail:" + email.toLowerCase(Locale.ROOT), null, null, email, "ja");
        }
    }
}
