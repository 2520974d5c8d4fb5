package io.taisei.compliance.framework;

import java.time.Instant;

/**
 * Taisei's link from a guideline item to a requirement of an imported framework; {@code requirementRefId} and
 * {@code requirementName} come from the framework's current version (null when that version no longer has the node).
 */
public record GuidelineMappingSummary(long id, long catalogId, String itemKey, String frameworkUrn,
                                      String frameworkName, String requirementUrn, String requirementRefId,
                                      String requirementName, String relationship, String rationale,
                                      Integer strengthOfRelationship, String note, long version, Instant updatedAt,
                                      String updatedBy) {
}
