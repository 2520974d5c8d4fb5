package io.taisei.compliance.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A requirement node; {@code depth} 1 is a root, {@code position} its place in the tree walk. Texts are as the library
 * wrote them, with their {@code translations} by language code; {@code name(Locale)} and the like pick what a reader
 * of that language sees.
 */
public record RequirementNodeSummary(String urn, String parentUrn, String refId, String name, String description,
                                     String annotation, String typicalEvidence, boolean assessable, int depth,
                                     int position, List<String> implementationGroups,
                                     Map<String, Translation> translations) implements Translated {

    /** What a list shows as the node's title: its ref_id and name, or whatever of them exists. */
    public String label() {
        return label(refId, name, urn);
    }

    /** The title in the reader's language where the library translates the name. */
    public String label(Locale reader) {
        return label(refId, name(reader), urn);
    }

    public String annotation(Locale reader) {
        return Translation.pick(translations, reader, Translation::annotation, annotation);
    }

    public String typicalEvidence(Locale reader) {
        return Translation.pick(translations, reader, Translation::typicalEvidence, typicalEvidence);
    }

    private static String label(String refId, String name, String urn) {
        if (refId != null && name != null) {
            return refId + " " + name;
        }
        return refId != null ? refId : name != null ? name : urn;
    }
}
