package io.taisei.compliance.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A remediation action as entered. */
public record RemediationDraft(@NotBlank @Size(max = 2000) String text,
                               @Size(max = 200) String owner,
                               LocalDate dueOn,
                               boolean done) {

    public RemediationDraft {
        text = Text.clean(text);
        owner = Text.clean(owner);
    }
}
