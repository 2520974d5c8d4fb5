package io.taisei.notification.internal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;
import io.taisei.notification.MailStatus;
import io.taisei.notification.Notice;
import io.taisei.notification.Notifications;
import io.taisei.notification.Recipient;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Set;

import static io.taisei.notification.NotificationUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Pending notifications are mailed through a real SMTP server, in the recipient's language, once. */
@SpringBootTest(properties = {"taisei.mail.poll-interval=1h", "taisei.base-url=https://taisei.example.jp"})
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("taisei.mail.host", () -> "127.0.0.1");
        registry.add("taisei.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("taisei.mail.starttls", () -> "false");
    }

    @Autowired
    Notifications notifications;

    @Autowired
    MailDelivery delivery;

    @Autowired
    NotificationRepository repository;

    @Autowired
    UserAccountRepository users;

    @Test
    void aPendingNotificationIsMailedOnceInTheRecipientsLanguageWithALinkToTaisei() throws Exception {
        UserAccount owner = user(users, "en", Role.FIRST_LINE);
        notifications.send(new Notice("test.mail", "notification.filter.unread", List.of("3"), "/assets/systems/1",
                null, Set.of(Recipient.username(owner.getUsername()), Recipient.email("outside@example.com"))));

        assertThat(delivery.sendPending()).isEqualTo(2);
        assertThat(delivery.sendPending()).isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        MimeMessage toOwner = to(received, owner.getEmail());
        assertThat(toOwner.getSubject()).isEqualTo("[Taisei] Unread (3)");
        assertThat(GreenMailUtil.getBody(toOwner)).contains("https://taisei.example.jp/assets/systems/1");
        MimeMessage toOutside = to(received, "outside@example.com");
        assertThat(toOutside.getSubject()).isEqualTo("[Taisei] 未読 (3)");
        assertThat(repository.findAll()).filteredOn(n -> "test.mail".equals(n.getKind()))
                .extracting(NotificationEntity::getMailStatus).containsOnly(MailStatus.SENT);
    }

    private static MimeMessage to(MimeMessage[] received, String address) throws MessagingException {
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address);
    }
}
