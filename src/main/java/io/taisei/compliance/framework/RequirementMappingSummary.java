package io.taisei.compliance.framework;

/** One mapping of an imported set, between two requirement nodes (by urn). */
public record RequirementMappingSummary(String sourceRequirementUrn, String targetRequirementUrn, String relationship,
                                        String rationale, Integer strengthOfRelationship, String annotation) {
}
