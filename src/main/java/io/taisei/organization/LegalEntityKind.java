package io.taisei.organization;

/** What a legal entity is to the institution. */
public enum LegalEntityKind {
    /** The financial institution itself. */
    INSTITUTION,
    GROUP_COMPANY,
    OVERSEAS_BRANCH,
    OTHER
}
