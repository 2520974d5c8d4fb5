package io.taisei.asset.internal;

import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import io.taisei.platform.RuleViolationException;
import org.springframework.stereotype.Component;

/** An owner named in a ledger must be a person of the organization who has not left. */
@Component
class OwnerCheck {

    private final OrganizationManagement organization;

    OwnerCheck(OrganizationManagement organization) {
        this.organization = organization;
    }

    void check(Long ownerId) {
        if (ownerId == null) {
            return;
        }
        PersonSummary owner = organization.findPerson(new PersonId(ownerId))
                .orElseThrow(() -> RuleViolationException.invalid("ownerId", "asset.rule.owner.unknown"));
        if (!owner.isActive()) {
            throw RuleViolationException.invalid("ownerId", "asset.rule.owner.retired");
        }
    }
}
