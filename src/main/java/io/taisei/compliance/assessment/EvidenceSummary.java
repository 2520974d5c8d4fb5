package io.taisei.compliance.assessment;

import java.time.Instant;

/** Evidence as listed: for a link its Taisei path, for a file its name, type, size and SHA-256. */
public record EvidenceSummary(long id, long assessmentId, EvidenceKind kind, String label, String href,
                              String recordTypeKey, String fileName, String contentType, Long sizeBytes, String sha256,
                              String addedBy, Instant addedAt) {

    static EvidenceSummary of(Evidence e) {
        return new EvidenceSummary(e.getId(), e.getAssessmentId(), e.getKind(), e.getLabel(), e.getHref(),
                e.getHref() == null ? null : EvidenceLinks.recordTypeKey(e.getHref()), e.getFileName(),
                e.getContentType(), e.getSizeBytes(), e.getSha256(), e.getAddedBy(), e.getAddedAt());
    }
}
