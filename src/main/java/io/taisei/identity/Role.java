package io.taisei.identity;

import io.taisei.platform.Permissions;

import java.util.EnumSet;
import java.util.Set;

import static io.taisei.platform.Permissions.*;

/**
 * Roles follow the three lines of defence. Each grants a fixed set of permissions; a user may hold several roles.
 * {@link #mfaRequiredByDefault} marks the roles whose holders must sign in with a second factor
 * (configurable through {@code taisei.security.mfa-required-roles}).
 */
public enum Role {
    /**
     * Everything but reviewing and signing off self-assessments and approving vulnerability exceptions: those belong
     * to the second line and to senior management, and an account administrator must not be able to approve what the
     * first line claims.
     */
    ADMINISTRATOR(true, EnumSet.complementOf(EnumSet.of(COMPLIANCE_REVIEW, COMPLIANCE_SIGNOFF,
            VULNERABILITY_EXCEPTION_APPROVE))),
    SENIOR_MANAGEMENT(true, EnumSet.of(ORGANIZATION_READ, AUDIT_READ, COMPLIANCE_READ, COMPLIANCE_SIGNOFF, ASSET_READ,
            VULNERABILITY_READ, VULNERABILITY_EXCEPTION_APPROVE)),
    /** Owns the programme, so sees who holds which access (but changes no accounts). */
    CISO(true, EnumSet.of(ORGANIZATION_READ, ORGANIZATION_WRITE, AUDIT_READ, USER_READ, COMPLIANCE_READ,
            COMPLIANCE_ASSESS, COMPLIANCE_REVIEW, COMPLIANCE_CAMPAIGN, COMPLIANCE_WRITE,
            ASSET_READ, ASSET_WRITE, VULNERABILITY_READ, VULNERABILITY_WRITE, VULNERABILITY_SOURCES, VULNERABILITY_TRIAGE,
            VULNERABILITY_POLICY, VULNERABILITY_EXCEPTION_REQUEST)),
    FIRST_LINE(false, EnumSet.of(ORGANIZATION_READ, COMPLIANCE_READ, COMPLIANCE_ASSESS, ASSET_READ, ASSET_WRITE,
            VULNERABILITY_READ, VULNERABILITY_WRITE, VULNERABILITY_TRIAGE, VULNERABILITY_EXCEPTION_REQUEST)),
    RISK_MANAGEMENT(true, EnumSet.of(ORGANIZATION_READ, AUDIT_READ, COMPLIANCE_READ, COMPLIANCE_REVIEW,
            COMPLIANCE_CAMPAIGN, COMPLIANCE_WRITE, ASSET_READ, VULNERABILITY_READ)),
    /** Third line: reads everything and changes nothing but its own audit findings. */
    INTERNAL_AUDIT(true, EnumSet.of(ORGANIZATION_READ, AUDIT_READ, USER_READ, COMPLIANCE_READ, ASSET_READ,
            VULNERABILITY_READ)),
    THIRD_PARTY(false, EnumSet.noneOf(Permissions.class)),
    READ_ONLY(false, EnumSet.of(ORGANIZATION_READ, COMPLIANCE_READ, ASSET_READ, VULNERABILITY_READ)),
    /** Operations staff who watch Taisei itself: metrics, nothing of the business data. */
    OPERATOR(false, EnumSet.of(METRICS_READ));

    private final boolean mfaRequiredByDefault;
    private final Set<Permissions> permissions;

    Role(boolean mfaRequiredByDefault, Set<Permissions> permissions) {
        this.mfaRequiredByDefault = mfaRequiredByDefault;
        this.permissions = permissions;
    }

    public boolean mfaRequiredByDefault() {
        return mfaRequiredByDefault;
    }

    public Set<Permissions> permissions() {
        return permissions;
    }

    /** The message key of the role's name in the bundles. */
    public String messageKey() {
        return "role." + name();
    }
}
