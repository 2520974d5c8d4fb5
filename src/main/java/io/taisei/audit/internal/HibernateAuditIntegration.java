package io.taisei.audit.internal;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Registers the audit listener while the EntityManagerFactory is built, so no entity change can happen before it
 * is in place (registering it later from a bean would leave a window at start-up).
 */
@Configuration(proxyBeanMethods = false)
class HibernateAuditIntegration {

    @Bean
    HibernatePropertiesCustomizer auditListenerRegistration(AuditLedger ledger) {
        EntityAuditListener listener = new EntityAuditListener(ledger);
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                                  SessionFactoryImplementor sessionFactory) {
                EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
                registry.appendListeners(EventType.POST_INSERT, listener);
                registry.appendListeners(EventType.POST_UPDATE, listener);
                registry.appendListeners(EventType.POST_DELETE, listener);
                registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
            }
        };
        IntegratorProvider provider = () -> List.of(integrator);
        return properties -> properties.put(JpaSettings.INTEGRATOR_PROVIDER, provider);
    }
}
