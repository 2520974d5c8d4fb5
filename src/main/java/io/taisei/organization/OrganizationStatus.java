package io.taisei.organization;

/** Records are retired, never deleted, so that history (and the audit trail) keeps pointing at something. */
public enum OrganizationStatus {
    ACTIVE, RETIRED
}
