package io.taisei.compliance.assessment;

/**
 * Where a campaign stands: assessors answer in DRAFT and submit; risk management accepts (REVIEWED) or challenges
 * back to DRAFT; senior management signs off, which freezes the campaign for good.
 */
public enum CampaignStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    SIGNED_OFF;

    public String messageKey() {
        return "assessment.campaignStatus." + name();
    }
}
