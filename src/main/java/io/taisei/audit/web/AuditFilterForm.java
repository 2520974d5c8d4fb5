package io.taisei.audit.web;

import io.taisei.audit.AuditFilter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The filter of the audit page, bound from query parameters. */
public record AuditFilterForm(@Size(max = 200) String recordType,
                              @Size(max = 200) String recordId,
                              @Size(max = 200) String actor,
                              @Pattern(regexp = "[A-Z0-9_]{0,40}", message = "{audit.filter.action.invalid}") String action,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public AuditFilter toFilter() {
        return new AuditFilter(recordType, recordId, actor, action, from, to);
    }

    static AuditFilterForm empty() {
        return new AuditFilterForm(null, null, null, null, null, null);
    }
}
