package io.taisei.compliance.assessment;

import java.util.List;
import java.util.Map;

/** A campaign compared item by item with the previous signed-off campaign of the same legal entity. */
public record CampaignComparison(CampaignSummary current, CampaignSummary previous, List<Row> rows,
                                 Map<ItemChange, Long> counts) {

    public record Row(String itemKey, String sectionNumber, AssessmentStatus before, AssessmentStatus after,
                      ItemChange change) {
    }

    public long count(ItemChange change) {
        return counts.getOrDefault(change, 0L);
    }
}
