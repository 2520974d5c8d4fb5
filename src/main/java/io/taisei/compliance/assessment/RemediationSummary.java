package io.taisei.compliance.assessment;

import java.time.LocalDate;

public record RemediationSummary(long id, long assessmentId, String text, String owner, LocalDate dueOn, boolean done,
                                 long version) {

    static RemediationSummary of(Remediation r) {
        return new RemediationSummary(r.getId(), r.getAssessmentId(), r.getText(), r.getOwner(), r.getDueOn(),
                r.isDone(), r.getVersion());
    }

    public boolean overdue(LocalDate today) {
        return !done && dueOn != null && dueOn.isBefore(today);
    }
}
