package io.taisei.organization;

/**
 * What a person is responsible for in the cybersecurity programme; later modules pick owners and responders by these.
 * Not to be confused with Taisei's sign-in roles (identity module), which grant permissions.
 */
public enum OrganizationalRole {
    /** Member of senior management (経営陣). */
    MANAGEMENT,
    /** Chief information security officer (サイバーセキュリティ統括責任者). */
    CISO,
    SYSTEM_OWNER,
    DATA_OWNER,
    RISK_OWNER,
    INCIDENT_RESPONDER,
    THIRD_PARTY_MANAGER,
    AUDITOR
}
