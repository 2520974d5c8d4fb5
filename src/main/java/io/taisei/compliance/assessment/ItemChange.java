package io.taisei.compliance.assessment;

/** How one item moved from the previous campaign of the same scope to this one. */
public enum ItemChange {
    IMPROVED,
    WORSENED,
    /** To or from "not applicable" or unanswered: different, but neither better nor worse. */
    CHANGED,
    UNCHANGED,
    /** The item is new in this campaign's catalog revision. */
    ADDED,
    /** The item was in the previous campaign's revision and is not in this one. */
    REMOVED;

    public String messageKey() {
        return "assessment.change." + name();
    }

    static ItemChange between(AssessmentStatus before, AssessmentStatus after) {
        if (before == after) {
            return UNCHANGED;
        }
        if (before == null || after == null || !before.applicable() || !after.applicable()) {
            return CHANGED;
        }
        return after.rank() > before.rank() ? IMPROVED : WORSENED;
    }
}
