package io.taisei.asset;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What is done about a record past or near its end of support: the compensating measures while it stays in use
 * (e.g. network isolation, virtual patching, extra monitoring), and the migration plan with its due date; the day the
 * migration was completed once it was.
 */
public record EndOfSupportPlanDraft(
        @Size(max = 4000) String compensatingMeasures,
        @Size(max = 4000) String migrationPlan,
        LocalDate migrationDueOn,
        LocalDate migratedOn) {

    public static EndOfSupportPlanDraft empty() {
        return new EndOfSupportPlanDraft(null, null, null, null);
    }

    public static EndOfSupportPlanDraft of(EndOfSupportPlanSummary plan) {
        return plan == null ? empty() : new EndOfSupportPlanDraft(plan.compensatingMeasures(), plan.migrationPlan(),
                plan.migrationDueOn(), plan.migratedOn());
    }
}
