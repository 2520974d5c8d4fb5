package io.taisei.compliance.framework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A guideline mapping as entered: the item (its key in the given catalog revision), the framework and the requirement
 * (its urn, or its ref_id within the framework's current version), and how they relate.
 */
public record GuidelineMappingDraft(
        @NotBlank @Size(max = 40) String itemKey,
        @NotBlank @Size(max = 300) String frameworkUrn,
        @NotBlank @Size(max = 300) String requirement,
        @NotBlank @Size(max = 20) String relationship,
        @Size(max = 500) String rationale,
        @Min(0) @Max(10) Integer strengthOfRelationship,
        @Size(max = 2000) String note) {
}
