package io.taisei.compliance.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign as pages and the API see it, with how far its items are answered. */
public record CampaignSummary(long id, String name, long legalEntityId, String legalEntityName, long catalogId,
                              String catalogRevision, LocalDate periodFrom, LocalDate periodTo, List<String> assessors,
                              String reviewer, CampaignStatus status, String reviewComment, String createdBy,
                              Instant createdAt, String submittedBy, Instant submittedAt, String reviewedBy,
                              Instant reviewedAt, String signedOffBy, Instant signedOffAt, String snapshotSha256,
                              long items, long answered, long version) {

    public boolean isDraft() {
        return status == CampaignStatus.DRAFT;
    }

    public boolean isSignedOff() {
        return status == CampaignStatus.SIGNED_OFF;
    }

    public int answeredPercent() {
        return items == 0 ? 0 : (int) (answered * 100 / items);
    }
}
