package io.taisei.asset;

import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.PersonId;

/** An information system or external system service as other modules and the API see it. */
public record SystemSummary(SystemId id, String code, String name, String purpose, SystemKind kind,
                            LegalEntityId legalEntityId, DepartmentId departmentId, PersonId ownerId,
                            LifecycleStatus lifecycle, Importance importance, Rating confidentiality,
                            Rating integrity, Rating availability, ProtectionPriority protectionPriority,
                            boolean internetExposed, Environment environment, Integer rtoMinutes, Integer rpoMinutes,
                            ServiceKind serviceKind, String provider, String sharedResponsibility,
                            String contractReference, long version) {

    public boolean isExternalService() {
        return kind == SystemKind.EXTERNAL_SERVICE;
    }
}
