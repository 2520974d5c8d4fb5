package io.taisei.compliance.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code taisei.compliance.evidence.max-bytes} (env {@code TAISEI_EVIDENCE_MAX_BYTES}): the largest evidence file. */
@ConfigurationProperties("taisei.compliance.evidence")
public record AssessmentSettings(@DefaultValue("10485760") long maxBytes) {
}
