package io.taisei.compliance.framework;

import java.time.Instant;

/** An imported requirement mapping set (its newest version). */
public record MappingSetSummary(long id, String urn, String refId, String name, String description, int version,
                                String sourceFrameworkUrn, String targetFrameworkUrn, int mappingCount,
                                Instant importedAt, String importedBy) {
}
