package io.taisei.compliance.assessment;

/** An assessor's answer for one item. {@link #rank()} orders the applicable answers from worst to best. */
public enum AssessmentStatus {
    MET(3),
    PARTIALLY_MET(2),
    NOT_MET(1),
    /** Needs a reason. */
    NOT_APPLICABLE(0);

    private final int rank;

    AssessmentStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }

    public String messageKey() {
        return "assessment.status." + name();
    }
}
