package io.taisei.organization;

/** Narrows a list of people; null fields do not filter. {@code q} matches code, name, kana, email and user name. */
public record PersonFilter(String q, OrganizationStatus status, LegalEntityId legalEntityId, DepartmentId departmentId,
                           OrganizationalRole role) {
}
