package io.taisei.organization.internal;

import io.taisei.platform.RuleViolationException;

import java.time.Clock;
import java.time.LocalDate;

/** When a record may be retired: once, and not with a date in the future (status would lie until then). */
final class Retirement {

    private Retirement() {
    }

    static LocalDate date(OrganizationRecord record, LocalDate requested, Clock clock) {
        if (!record.isActive()) {
            throw RuleViolationException.conflict(null, "organization.rule.alreadyRetired");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = requested == null ? today : requested;
        if (on.isAfter(today)) {
            throw RuleViolationException.invalid("retiredOn", "organization.rule.retiredOn.future");
        }
        return on;
    }

    static void requireActive(OrganizationRecord record) {
        if (!record.isActive()) {
            throw RuleViolationException.conflict(null, "organization.rule.retired.readOnly");
        }
    }
}
