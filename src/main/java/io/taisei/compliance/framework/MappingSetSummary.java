package io.taisei.compliance.framework;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * An imported requirement mapping set (its newest version), with its name and description as the library wrote them
 * and their {@code translations} by language code, and the name of the library it came in with that library's
 * translations; {@code name(Locale)} and the like pick what a reader of that language sees (see {@link Translated}).
 */
public record MappingSetSummary(long id, String urn, String refId, String name, String description, int version,
                                String sourceFrameworkUrn, String targetFrameworkUrn, int mappingCount,
                                Instant importedAt, String importedBy, Map<String, Translation> translations,
                                String libraryName, Map<String, Translation> libraryTranslations)
        implements Translated {

    public String libraryName(Locale reader) {
        return Translation.pick(libraryTranslations, reader, Translation::name, libraryName);
    }
}
