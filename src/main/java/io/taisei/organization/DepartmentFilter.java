package io.taisei.organization;

/** Narrows a list of departments; null fields do not filter. {@code q} matches code and names. */
public record DepartmentFilter(String q, OrganizationStatus status, LegalEntityId legalEntityId,
                               LineOfDefence lineOfDefence) {
}
