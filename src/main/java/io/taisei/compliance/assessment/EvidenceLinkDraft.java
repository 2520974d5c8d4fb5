package io.taisei.compliance.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A link to a record Taisei keeps: a relative path under a known prefix (see {@link EvidenceLinks}) and a label. */
public record EvidenceLinkDraft(@NotBlank @Size(max = 300) String label, @NotBlank @Size(max = 1000) String href) {
}
