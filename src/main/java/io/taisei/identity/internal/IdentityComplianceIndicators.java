package io.taisei.identity.internal;

import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.ComplianceIndicatorProvider;
import io.taisei.compliance.spi.IndicatorLink;
import io.taisei.identity.Role;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Guideline 2.3.1 (authentication strength): of the enabled users who hold a role that requires MFA
 * ({@code taisei.security.mfa-required-roles}), the share who have enrolled a second factor.
 */
@Component
class IdentityComplianceIndicators implements ComplianceIndicatorProvider {

    static final String MFA_ITEM = "2.3.1-5";

    private final EntityManager entityManager;
    private final SecuritySettings settings;

    IdentityComplianceIndicators(EntityManager entityManager, SecuritySettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    @Override
    public Set<String> itemKeys() {
        return Set.of(MFA_ITEM);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplianceIndicator> indicators(Set<String> itemKeys) {
        if (!itemKeys.contains(MFA_ITEM)) {
            return List.of();
        }
        Set<Role> privileged = settings.effectiveMfaRequiredRoles();
        long holders = count("select count(distinct u.id) from UserAccount u join u.roles r "
                + "where u.enabled = true and r in :roles", privileged);
        long enrolled = count("select count(distinct u.id) from UserAccount u join u.roles r "
                + "where u.enabled = true and u.mfaEnabled = true and r in :roles", privileged);
        return List.of(ComplianceIndicator.ratio("identity.mfa.privileged", Set.of(MFA_ITEM),
                "identity.indicator.mfaPrivileged", enrolled, holders, 1.0, 0.9,
                "identity.indicator.mfaPrivileged.rule",
                List.of(new IndicatorLink("identity.indicator.link.users", "/admin/users"))));
    }

    private long count(String jpql, Set<Role> roles) {
        if (roles.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery(jpql, Long.class).setParameter("roles", roles).getSingleResult();
    }
}
