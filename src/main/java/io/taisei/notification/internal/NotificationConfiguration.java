package io.taisei.notification.internal;

import io.taisei.platform.NavigationBadge;
import io.taisei.platform.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification inbox in the navigation (for every signed-in user) with the number of unread notifications. */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

    static final String INBOX = "/notifications";

    @Bean
    NavigationItem notificationNavigationItem() {
        return new NavigationItem("nav.notifications", INBOX, null, 900);
    }

    @Bean
    NavigationBadge unreadNotifications(NotificationStore store) {
        return new NavigationBadge() {
            @Override
            public String path() {
                return INBOX;
            }

            @Override
            public long count(String username) {
                return store.unreadCount(username);
            }
        };
    }
}
