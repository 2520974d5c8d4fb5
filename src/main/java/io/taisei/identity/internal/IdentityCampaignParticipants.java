package io.taisei.identity.internal;

import io.taisei.compliance.spi.CampaignParticipant;
import io.taisei.compliance.spi.CampaignParticipants;
import io.taisei.identity.Role;
import io.taisei.platform.Permissions;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells compliance which enabled users may be named in a self-assessment campaign: a user may do what the user's roles
 * grant (an assessor answers with {@code compliance.assess}, a reviewer reviews with {@code compliance.review}).
 */
@Component
@Transactional(readOnly = true)
class IdentityCampaignParticipants implements CampaignParticipants {

    private final EntityManager entities;
    private final UserAccountRepository users;

    IdentityCampaignParticipants(EntityManager entities, UserAccountRepository users) {
        this.entities = entities;
        this.users = users;
    }

    @Override
    public List<CampaignParticipant> enabledUsersWith(Permissions permission) {
        Set<Role> granting = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> r.permissions().contains(permission)).forEach(granting::add);
        if (granting.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select distinct u from UserAccount u left join fetch u.roles where u.enabled = true"
                        + " and exists (select 1 from UserAccount g join g.roles r where g = u and r in :roles)"
                        + " order by u.username", UserAccount.class)
                .setParameter("roles", granting).getResultList().stream()
                .map(IdentityCampaignParticipants::participant).toList();
    }

    @Override
    public Optional<CampaignParticipant> enabledUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(username.strip()).filter(UserAccount::isEnabled)
                .map(IdentityCampaignParticipants::participant);
    }

    private static CampaignParticipant participant(UserAccount user) {
        return new CampaignParticipant(user.getUsername(), user.getDisplayName(), user.permissions());
    }
}
