package io.taisei.audit;

import java.time.LocalDate;

/**
 * Which entries to list or export; every field is optional. {@code from} and {@code to} are inclusive calendar
 * days in the trail's time zone ({@code taisei.audit.zone}, Asia/Tokyo by default).
 */
public record AuditFilter(String recordType, String recordId, String actor, String action, LocalDate from,
                          LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
