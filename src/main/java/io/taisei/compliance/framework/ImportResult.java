package io.taisei.compliance.framework;

import java.util.List;

/**
 * What one library import did. {@code frameworkOutcome} is null when the file held only mapping sets;
 * {@code mappingSetsTranslationsAdded} counts mapping sets imported before Taisei kept translations that took them from
 * this file; {@code ignoredFields} lists the fields of the format Taisei does not keep.
 */
public record ImportResult(String libraryUrn, int libraryVersion, Outcome frameworkOutcome, Long frameworkId,
                           String frameworkUrn, int nodes, int mappingSetsImported, int mappingSetsUnchanged,
                           int mappingSetsTranslationsAdded, int guidelineMappings, List<String> ignoredFields)
        implements java.io.Serializable {

    public enum Outcome {
        /** First import of this framework urn. */
        IMPORTED,
        /** A higher version of a framework already imported; the earlier versions are kept. */
        NEW_VERSION,
        /** The same version with the same content was imported before: nothing changed. */
        UNCHANGED,
        /**
         * The same version with the same content was imported before Taisei kept translations: the file's translations
         * (and the library's description) were added to it.
         */
        TRANSLATIONS_ADDED;

        public String messageKey() {
            return "framework.outcome." + name();
        }
    }
}
