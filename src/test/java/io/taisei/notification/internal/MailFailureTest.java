package io.taisei.notification.internal;

import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.notification.MailStatus;
import io.taisei.notification.Notice;
import io.taisei.notification.Notifications;
import io.taisei.notification.Recipient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Set;

import static io.taisei.notification.NotificationUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

/** An unreachable mail server never loses the notification: it stays in the app, retried, then marked failed. */
@SpringBootTest(properties = {"taisei.mail.poll-interval=1h", "taisei.mail.host=127.0.0.1", "taisei.mail.port=1",
        "taisei.mail.starttls=false", "taisei.mail.max-attempts=2"})
class MailFailureTest {

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    NotificationRepository repository;

    @Autowired
    UserAccountRepository users;

    @Test
    void aMailThatCannotBeDeliveredIsRetriedThenMarkedFailedAndTheNotificationStaysUnread() {
        UserAccount owner = user(users, "ja", Role.FIRST_LINE);
        notifications.send(new Notice("test.unreachable", "notification.title", List.of(), null, null,
                Set.of(Recipient.username(owner.getUsername()))));

        assertThat(delivery.sendPending()).isZero();
        assertThat(status()).isEqualTo(MailStatus.PENDING);
        assertThat(delivery.sendPending()).isZero();
        assertThat(status()).isEqualTo(MailStatus.FAILED);
        assertThat(notifications.unreadCount(owner.getUsername())).isEqualTo(1);
    }

    private MailStatus status() {
        return repository.findAll().stream().filter(n -> "test.unreachable".equals(n.getKind())).findFirst()
                .orElseThrow().getMailStatus();
    }
}
