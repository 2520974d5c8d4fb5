package io.taisei.compliance.assessment;

import java.util.List;

/** A campaign with every item's answer, evidence and remediation, for the xlsx and PDF exports. */
public record CampaignExport(CampaignSummary campaign, List<Row> rows) {

    public record Row(AssessmentSummary item, List<EvidenceSummary> evidence, List<RemediationSummary> remediation,
                      boolean contradicted) {
    }
}
