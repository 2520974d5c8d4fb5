package io.taisei.compliance.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One imported framework version as listed and as returned by the API: the texts as the library wrote them (in its
 * {@code locale}) with their {@code translations} by language code; {@code name(Locale)} and the like pick what a
 * reader of that language sees.
 */
public record FrameworkSummary(long id, String urn, int version, boolean current, String refId, String name,
                               String description, String libraryUrn, String libraryRefId, String libraryName,
                               String libraryDescription, String locale, String provider, String packager,
                               String copyright, LocalDate publicationDate, int nodeCount,
                               List<ImplementationGroup> implementationGroups, String contentHash, String source,
                               Instant importedAt, String importedBy, Map<String, Translation> translations,
                               Map<String, Translation> libraryTranslations) implements Translated {

    /** The languages the library, the framework or its groups are translated into. */
    public Set<String> translatedLanguages() {
        Set<String> languages = new TreeSet<>(translations.keySet());
        languages.addAll(libraryTranslations.keySet());
        implementationGroups.forEach(g -> languages.addAll(g.translations().keySet()));
        return languages;
    }

    public String libraryName(Locale reader) {
        return Translation.pick(libraryTranslations, reader, Translation::name, libraryName);
    }

    public String libraryDescription(Locale reader) {
        return Translation.pick(libraryTranslations, reader, Translation::description, libraryDescription);
    }

    public record ImplementationGroup(String refId, String name, String description,
                                      Map<String, Translation> translations) implements Translated {
    }
}
