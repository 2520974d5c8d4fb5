package io.taisei.organization;

import java.time.LocalDate;

/** A department as other modules and the API see it. {@code parentId} is null for a top-level department. */
public record DepartmentSummary(DepartmentId id, String code, String name, String nameEn, LegalEntityId legalEntityId,
                                DepartmentId parentId, LineOfDefence lineOfDefence, OrganizationStatus status,
                                LocalDate retiredOn, long version) {

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }
}
