package io.taisei.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One change or event to append explicitly. {@code before} and {@code after} are any objects Jackson can write
 * (records, maps, strings) or null; they are stored as canonical JSON (properties and map keys sorted).
 *
 * @param action     upper-case verb: {@link #CREATE}, {@link #UPDATE}, {@link #DELETE} or one a module defines
 *                   (LOGIN, EXPORT, ...)
 * @param recordType what kind of record, e.g. {@code identity.UserAccount}
 * @param recordId   which record, or null for events not about one record
 */
public record AuditRecord(String action, String recordType, String recordId, Object before, Object after) {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be upper case letters, digits and _: " + action);
        }
        if (recordType == null || recordType.isBlank() || recordType.length() > 200) {
            throw new IllegalArgumentException("audit record type must be 1..200 characters");
        }
        if (recordId != null && recordId.length() > 200) {
            throw new IllegalArgumentException("audit record id must be at most 200 characters");
        }
    }

    public static AuditRecord of(String action, String recordType, Object recordId, Object before, Object after) {
        return new AuditRecord(action, recordType, recordId == null ? null : recordId.toString(), before, after);
    }
}
