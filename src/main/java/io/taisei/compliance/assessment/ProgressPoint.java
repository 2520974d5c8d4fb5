package io.taisei.compliance.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One campaign of a legal entity on the way over time: how many items it found met, partially met, not met or not
 * applicable, overall and for the fundamental items (基本的な対応事項).
 */
public record ProgressPoint(long campaignId, String name, CampaignStatus status, LocalDate periodTo,
                            Instant signedOffAt, long items, long met, long partiallyMet, long notMet,
                            long notApplicable, long fundamentalApplicable, long fundamentalMet) {

    /** Items that apply (answered, and not "not applicable"). */
    public long applicable() {
        return met + partiallyMet + notMet;
    }

    /** Met as a percentage of the applicable items; null when nothing applicable was answered. */
    public Integer metPercent() {
        return applicable() == 0 ? null : (int) Math.round(100.0 * met / applicable());
    }

    public Integer fundamentalMetPercent() {
        return fundamentalApplicable == 0 ? null : (int) Math.round(100.0 * fundamentalMet / fundamentalApplicable);
    }
}
