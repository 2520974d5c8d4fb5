package io.taisei.notification.internal;

import io.taisei.notification.MailStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Mails pending notifications every few seconds, outside the transaction that created them: a slow or unreachable
 * mail server must never hold up or roll back the change that caused the notice. A failed mail is retried on the
 * next rounds up to {@code maxAttempts}, then marked failed (and stays visible in the app).
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final NotificationRepository notifications;
    private final NotificationStore store;
    private final MailSettings settings;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final String baseUrl;
    private final JavaMailSender sender;

    MailDelivery(NotificationRepository notifications, NotificationStore store, MailSettings settings,
                 MessageSource messages, TransactionTemplate transactions,
                 @Value("${taisei.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.store = store;
        this.settings = settings;
        this.messages = messages;
        this.transactions = transactions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.sender = settings.configured() ? sender(settings) : null;
    }

    private static JavaMailSender sender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setUsername(settings.username() == null || settings.username().isBlank() ? null : settings.username());
        sender.setPassword(settings.password() == null || settings.password().isBlank() ? null : settings.password());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }

    /** Sends what is pending; returns how many mails went out. */
    @Scheduled(fixedDelayString = "${taisei.mail.poll-interval:15s}", initialDelayString = "${taisei.mail.poll-interval:15s}")
    int sendPending() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<Long> pending = notifications.idsWithMailStatus(MailStatus.PENDING, PageRequest.of(0, 200));
        for (Long id : pending) {
            if (sendOne(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(long id) {
        try {
            Boolean sent = transactions.execute(status -> {
                NotificationEntity notification = notifications.findById(id).orElse(null);
                if (notification == null || notification.getMailStatus() != MailStatus.PENDING) {
                    return false;
                }
                try {
                    sender.send(message(notification));
                    notification.mailSent(Instant.now());
                    return true;
                } catch (MailException | MessagingException failure) {
                    log.warn("Mail for notification {} failed (attempt {}): {}", id,
                            notification.getMailAttempts() + 1, failure.getMessage());
                    notification.mailFailed(failure.getMessage(), settings.maxAttempts());
                    return false;
                }
            });
            return Boolean.TRUE.equals(sent);
        } catch (ObjectOptimisticLockingFailureException takenByAnotherNode) {
            return false;
        }
    }

    private MimeMessage message(NotificationEntity notification) throws MessagingException {
        Locale locale = Locale.forLanguageTag(notification.getLanguage());
        String subject = store.subject(notification, locale);
        StringBuilder body = new StringBuilder(subject).append("\n\n");
        if (notification.getLink() != null) {
            body.append(baseUrl).append(notification.getLink()).append("\n\n");
        }
        body.append(messages.getMessage("notification.mail.footer", null, locale));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(notification.getEmail());
        helper.setSubject(messages.getMessage("notification.mail.subject", new Object[] {subject}, locale));
        helper.setText(body.toString());
        return message;
    }
}
