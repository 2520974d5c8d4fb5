package io.taisei.compliance.web;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FrameworkNavigation {

    @Bean
    NavigationItem complianceFrameworksNavigationItem() {
        return new NavigationItem("framework.nav", "/compliance/frameworks", Permissions.COMPLIANCE_READ.authority(), 510);
    }
}
