package io.taisei.compliance.web;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ComplianceNavigation {

    @Bean
    NavigationItem complianceCatalogNavigationItem() {
        return new NavigationItem("nav.compliance", "/compliance/catalog", Permissions.COMPLIANCE_READ.authority(), 500);
    }

    @Bean
    NavigationItem complianceAssessmentNavigationItem() {
        return new NavigationItem("nav.assessments", "/compliance/assessments", Permissions.COMPLIANCE_READ.authority(),
                510);
    }
}
