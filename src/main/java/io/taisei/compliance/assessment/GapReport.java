package io.taisei.compliance.assessment;

import io.taisei.compliance.ItemKind;
import io.taisei.compliance.spi.ComplianceIndicator;

import java.util.List;

/**
 * What is not met, worst first: fundamental items before recommended ones, and within each, not met, partially met,
 * claimed met while an indicator says otherwise, then unanswered.
 */
public record GapReport(CampaignSummary campaign, List<Gap> gaps) {

    public enum Category {
        NOT_MET,
        PARTIALLY_MET,
        CONTRADICTED,
        UNANSWERED;

        public String messageKey() {
            return "assessment.gap." + name();
        }
    }

    public record Gap(AssessmentSummary item, Category category, List<ComplianceIndicator> badIndicators,
                      List<RemediationSummary> remediation) {

        public ItemKind kind() {
            return item.kind();
        }
    }

    public long count(ItemKind kind, Category category) {
        return gaps.stream().filter(g -> g.kind() == kind && g.category() == category).count();
    }
}
