package io.taisei.compliance.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One imported framework version as listed and as returned by the API. */
public record FrameworkSummary(long id, String urn, int version, boolean current, String refId, String name,
                               String description, String libraryUrn, String libraryRefId, String locale,
                               String provider, String packager, String copyright, LocalDate publicationDate,
                               int nodeCount, List<ImplementationGroup> implementationGroups, String contentHash,
                               String source, Instant importedAt, String importedBy) {

    public record ImplementationGroup(String refId, String name, String description) {
    }
}
