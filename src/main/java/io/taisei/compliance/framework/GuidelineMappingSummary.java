package io.taisei.compliance.framework;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Taisei's link from a guideline item to a requirement of an imported framework; {@code requirementRefId} and
 * {@code requirementName} come from the framework's current version (null when that version no longer has the node),
 * the names as the library wrote them with their translations by language code.
 */
public record GuidelineMappingSummary(long id, long catalogId, String itemKey, String frameworkUrn,
                                      String frameworkName, String requirementUrn, String requirementRefId,
                                      String requirementName, String relationship, String rationale,
                                      Integer strengthOfRelationship, String note, long version, Instant updatedAt,
                                      String updatedBy, Map<String, Translation> frameworkTranslations,
                                      Map<String, Translation> requirementTranslations) {

    public String frameworkName(Locale reader) {
        return Translation.pick(frameworkTranslations, reader, Translation::name, frameworkName);
    }

    public String requirementName(Locale reader) {
        return Translation.pick(requirementTranslations, reader, Translation::name, requirementName);
    }
}
