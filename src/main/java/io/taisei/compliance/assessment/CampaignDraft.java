package io.taisei.compliance.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as created or changed: scope (legal entity id), period, the catalog revision (fixed once created),
 * assessors and reviewer as Taisei usernames.
 */
public record CampaignDraft(@NotBlank @Size(max = 200) String name,
                            @NotNull Long legalEntityId,
                            Long catalogId,
                            @NotNull LocalDate periodFrom,
                            @NotNull LocalDate periodTo,
                            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> assessors,
                            @NotBlank @Size(max = 100) String reviewer) {
}
