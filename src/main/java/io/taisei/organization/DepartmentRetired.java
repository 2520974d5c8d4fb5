package io.taisei.organization;

import java.time.LocalDate;

/** Published when a department is retired; records it owned need a new owner. */
public record DepartmentRetired(DepartmentId departmentId, LegalEntityId legalEntityId, String code, LocalDate retiredOn) {
}
