package io.taisei.compliance.assessment;

import io.taisei.compliance.ItemKind;

import java.time.Instant;

/** One item of a campaign with its answer. */
public record AssessmentSummary(long id, long campaignId, String itemKey, String sectionNumber, ItemKind kind,
                                int position, String summaryJa, String summaryEn, AssessmentStatus status,
                                String notApplicableReason, String maturityNote, String comment, String owner,
                                String challenge, String answeredBy, Instant answeredAt, long version) {

    public String summary(boolean japanese) {
        return japanese ? summaryJa : summaryEn;
    }
}
