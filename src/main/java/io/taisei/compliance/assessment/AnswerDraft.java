package io.taisei.compliance.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An assessor's answer for one item; {@code notApplicableReason} is required for {@link AssessmentStatus#NOT_APPLICABLE}. */
public record AnswerDraft(@NotNull AssessmentStatus status,
                          @Size(max = 2000) String notApplicableReason,
                          @Size(max = 2000) String maturityNote,
                          @Size(max = 4000) String comment,
                          @Size(max = 200) String owner) {

    public AnswerDraft {
        notApplicableReason = Text.clean(notApplicableReason);
        maturityNote = Text.clean(maturityNote);
        comment = Text.clean(comment);
        owner = Text.clean(owner);
    }
}
