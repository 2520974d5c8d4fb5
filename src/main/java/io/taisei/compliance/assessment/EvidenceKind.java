package io.taisei.compliance.assessment;

/** A link to a record Taisei keeps, or an uploaded file stored in the database. */
public enum EvidenceKind {
    LINK,
    FILE
}
