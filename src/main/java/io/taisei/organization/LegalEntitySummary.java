package io.taisei.organization;

import java.time.LocalDate;

/** A legal entity as other modules and the API see it. {@code parentId} is null for a top-level entity. */
public record LegalEntitySummary(LegalEntityId id, String code, String name, String nameEn, LegalEntityKind kind,
                                 String country, LegalEntityId parentId, OrganizationStatus status, LocalDate retiredOn,
                                 long version) {

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }
}
