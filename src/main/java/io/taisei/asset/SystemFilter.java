package io.taisei.asset;

import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;

/** Narrows a list of systems; null fields do not filter. {@code q} matches code, name and provider. */
public record SystemFilter(String q, SystemKind kind, LifecycleStatus lifecycle, Importance importance,
                           ProtectionPriority protectionPriority, Environment environment, Boolean internetExposed,
                           LegalEntityId legalEntityId, DepartmentId departmentId) {

    public static SystemFilter none() {
        return new SystemFilter(null, null, null, null, null, null, null, null, null);
    }
}
