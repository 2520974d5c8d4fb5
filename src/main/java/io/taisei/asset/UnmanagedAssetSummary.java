package io.taisei.asset;

import java.time.LocalDate;

public record UnmanagedAssetSummary(UnmanagedAssetId id, UnmanagedAssetKind kind, String name, String foundWhere,
                                    DiscoveryMethod discoveryMethod, LocalDate discoveredOn, Long discoveredById,
                                    Long departmentId, UnmanagedAssetDecision decision, LocalDate decidedOn,
                                    LocalDate followUpDueOn, LocalDate followUpDoneOn, String followUpNote,
                                    Long hardwareSoftwareId, Long systemId, long version) {

    public UnmanagedAssetStatus status() {
        if (decision == null) {
            return UnmanagedAssetStatus.UNDECIDED;
        }
        return followUpDoneOn == null ? UnmanagedAssetStatus.FOLLOWING_UP : UnmanagedAssetStatus.CLOSED;
    }

    /** Whether the follow-up is open and its due date has passed on {@code today}. */
    public boolean overdue(LocalDate today) {
        return followUpDoneOn == null && followUpDueOn != null && followUpDueOn.isBefore(today);
    }
}
