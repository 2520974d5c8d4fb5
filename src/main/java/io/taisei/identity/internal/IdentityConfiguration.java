package io.taisei.identity.internal;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({SecuritySettings.class, BootstrapSettings.class, OidcSettings.class})
class IdentityConfiguration {

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", Permissions.USER_READ.authority(), 950);
    }
}
