package io.taisei.asset;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A hardware or software record past or near its end of support: the date that counts ({@code effectiveEndsOn}, the
 * extended date when support was extended), the days left (negative once passed), the systems it runs in, and the
 * plan recorded for it (null when none yet).
 */
public record EndOfSupportItem(HardwareSoftwareId id, String code, String name, HardwareSoftwareKind kind,
                               LocalDate supportEndsOn, LocalDate effectiveEndsOn, boolean extended, long daysLeft,
                               List<AffectedSystem> systems, EndOfSupportPlanSummary plan) {

    public record AffectedSystem(SystemId id, String code, String name, Importance importance) {
    }

    public boolean past() {
        return daysLeft < 0;
    }

    /** The highest importance of the systems it runs in, or null when it runs in none. */
    public Importance highestImportance() {
        return systems.stream().map(AffectedSystem::importance).min(Comparator.naturalOrder()).orElse(null);
    }
}
