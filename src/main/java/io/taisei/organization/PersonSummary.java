package io.taisei.organization;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person as other modules and the API see it. {@code username} links the person to a Taisei sign-in, when they
 * have one.
 */
public record PersonSummary(PersonId id, String code, String name, String nameKana, String email, String phone,
                            DepartmentId departmentId, String jobTitle, Set<OrganizationalRole> roles, String username,
                            OrganizationStatus status, LocalDate retiredOn, long version) {

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }
}
