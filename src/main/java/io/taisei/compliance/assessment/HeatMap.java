package io.taisei.compliance.assessment;

import java.util.List;

/** Share of applicable items met, per (sub)section that holds items, in guideline order. */
public record HeatMap(CampaignSummary campaign, List<Cell> cells) {

    public record Cell(String sectionNumber, String titleJa, String titleEn, long items, long applicable, long met,
                       long partiallyMet, long notMet, long notApplicable, long unanswered) {

        /** Percentage of applicable answered items that are met, or null when none is applicable. */
        public Integer metPercent() {
            long answeredApplicable = met + partiallyMet + notMet;
            return answeredApplicable == 0 ? null : (int) (met * 100 / answeredApplicable);
        }

        /** The CSS class of the cell's colour (see taisei.css): good from 80 %, warn from 50 %. */
        public String level() {
            Integer percent = metPercent();
            if (percent == null) {
                return "heat-none";
            }
            return percent >= 80 ? "heat-good" : percent >= 50 ? "heat-warn" : "heat-bad";
        }

        public String title(boolean japanese) {
            return japanese ? titleJa : titleEn;
        }
    }
}
