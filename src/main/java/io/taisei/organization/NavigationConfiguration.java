package io.taisei.organization;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organization module's place in the main navigation. */
@Configuration
class NavigationConfiguration {

    @Bean
    NavigationItem organizationNavigation() {
        return new NavigationItem("nav.organization", "/organization", Permissions.ORGANIZATION_READ.authority(), 100);
    }
}
