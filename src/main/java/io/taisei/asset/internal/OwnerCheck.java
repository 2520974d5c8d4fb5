package io.taisei.asset.internal;

import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import io.taisei.platform.RuleViolationException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** An owner named in a ledger must be a person of the organization who has not left. */
@Component
class OwnerCheck {

    private final OrganizationManagement organization;

    OwnerCheck(OrganizationManagement organization) {
        this.organization = organization;
    }

    void check(Long ownerId) {
        check(ownerId, organization::findPerson);
    }

    /** The same check, finding the person through {@code people} (an import looks each owner up once, not per row). */
    void check(Long ownerId, Function<PersonId, Optional<PersonSummary>> people) {
        if (ownerId == null) {
            return;
        }
        PersonSummary owner = people.apply(new PersonId(ownerId))
                .orElseThrow(() -> RuleViolationException.invalid("ownerId", "asset.rule.owner.unknown"));
        if (!owner.isActive()) {
            throw RuleViolationException.invalid("ownerId", "asset.rule.owner.retired");
        }
    }

    /** Finds people as {@link #check(Long)} does, each once for as long as the returned function is kept. */
    Function<PersonId, Optional<PersonSummary>> remembering() {
        Map<PersonId, Optional<PersonSummary>> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, organization::findPerson);
    }
}
