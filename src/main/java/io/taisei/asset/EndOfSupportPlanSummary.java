package io.taisei.asset;

import java.time.Instant;
import java.time.LocalDate;

public record EndOfSupportPlanSummary(HardwareSoftwareId hardwareSoftwareId, String compensatingMeasures,
                                      String migrationPlan, LocalDate migrationDueOn, LocalDate migratedOn,
                                      Instant updatedAt, long version) {

    public boolean migrated() {
        return migratedOn != null;
    }
}
