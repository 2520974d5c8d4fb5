package io.taisei.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every permission a page or endpoint can require, as the authority names used in {@code @PreAuthorize}.
 * Roles (in the identity module) grant sets of these. A {@code .read} permission never allows a change,
 * which is how a read-scoped API token and the internal-audit role are kept read-only.
 */
public enum Permissions {
    ORGANIZATION_READ("organization.read"),
    ORGANIZATION_WRITE("organization.write"),
    AUDIT_READ("audit.read"),
    /** Sign and export checkpoints of the audit chain head. */
    AUDIT_CHECKPOINT("audit.checkpoint"),
    USER_READ("identity.read"),
    /** Create users, assign roles, reset MFA, revoke anyone's sessions and tokens. */
    USER_ADMIN("identity.admin"),
    METRICS_READ("metrics.read"),
    /** Read the guideline catalogs (and, later, self-assessments). */
    COMPLIANCE_READ("compliance.read"),
    /** Answer self-assessment items of campaigns one is an assessor of: status, evidence, remediation. */
    COMPLIANCE_ASSESS("compliance.assess"),
    /** Review submitted self-assessments: accept or challenge (as the campaign's named reviewer). */
    COMPLIANCE_REVIEW("compliance.review"),
    /** Sign off reviewed self-assessments (never as an assessor of the campaign). */
    COMPLIANCE_SIGNOFF("compliance.signoff"),
    /** Create and manage self-assessment campaigns. */
    COMPLIANCE_CAMPAIGN("compliance.campaign"),
    /** Import frameworks and mapping sets, and edit the mappings from guideline items to them. */
    COMPLIANCE_WRITE("compliance.write"),
    /** Read the asset ledgers (systems, hardware/software, data, networks). */
    ASSET_READ("asset.read"),
    /** Create and change records in the asset ledgers, including imports. */
    ASSET_WRITE("asset.write"),
    /** Read advisories and feed sources. */
    VULNERABILITY_READ("vulnerability.read"),
    /** Import feeds and enter vendor advisories. */
    VULNERABILITY_WRITE("vulnerability.write"),
    /** Register information sources, configure their scheduled fetch (the server fetches those URLs) and review them. */
    VULNERABILITY_SOURCES("vulnerability.sources"),
    /** Triage findings: state, VEX justification, assessed severity, impact and scope. */
    VULNERABILITY_TRIAGE("vulnerability.triage"),
    /** Change the remediation deadline policy (which recalculates the due dates of open findings). */
    VULNERABILITY_POLICY("vulnerability.policy"),
    /** Ask that a fix not be applied to a finding (an exception, 2.2.3(3)), and withdraw one's own request. */
    VULNERABILITY_EXCEPTION_REQUEST("vulnerability.exception.request"),
    /** Approve or reject exception requests: senior management only, never one's own request. */
    VULNERABILITY_EXCEPTION_APPROVE("vulnerability.exception.approve");

    private final String authority;

    Permissions(String authority) {
        this.authority = authority;
    }

    public String authority() {
        return authority;
    }

    public boolean isReadOnly() {
        return authority.endsWith(".read");
    }

    public static Set<String> allAuthorities() {
        return Arrays.stream(values()).map(Permissions::authority).collect(Collectors.toUnmodifiableSet());
    }
}
