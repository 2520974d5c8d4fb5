package io.taisei.organization;

/** Narrows a list of legal entities; null fields do not filter. {@code q} matches code and names. */
public record LegalEntityFilter(String q, OrganizationStatus status, LegalEntityKind kind) {
}
