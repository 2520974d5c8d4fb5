package io.taisei.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code taisei.mail.*}: the SMTP server notifications are mailed through. Without a host, notifications stay in the
 * app — many institutions let no server mail out, so this is the default.
 */
@ConfigurationProperties("taisei.mail")
public record MailSettings(String host, @DefaultValue("25") int port, String username, String password,
                           @DefaultValue("taisei@localhost") String from, @DefaultValue("true") boolean starttls,
                           @DefaultValue("5") int maxAttempts) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        // Settings are sometimes logged whole; the password never is.
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from + "]";
    }
}
