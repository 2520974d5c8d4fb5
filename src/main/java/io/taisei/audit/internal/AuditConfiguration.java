package io.taisei.audit.internal;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
@EnableScheduling
class AuditConfiguration {

    @Bean
    AuditLedger auditLedger() {
        return new AuditLedger(Clock.systemUTC());
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("nav.audit", "/audit", Permissions.AUDIT_READ.authority(), 900);
    }
}
