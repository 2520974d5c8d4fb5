package io.taisei.compliance.framework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CISO Assistant library file as read and checked: the library's own fields, at most one framework with its
 * requirement nodes (in tree order: every parent before its children), and requirement mapping sets. The library,
 * the framework, its implementation groups and its nodes carry their {@code translations} (per language code, in file
 * order), and so do the mapping sets. Fields of the format that Taisei does not keep (scores, questions, threats,
 * reference controls …) are listed in {@code ignoredFields} so the import can say what it left out.
 */
public record LibraryDocument(Library library, Framework framework, List<MappingSet> mappingSets,
                              List<String> ignoredFields) {

    public record Library(String urn, String locale, String refId, String name, String description, String copyright,
                          int version, LocalDate publicationDate, String provider, String packager,
                          Map<String, Translation> translations) {
    }

    public record Framework(String urn, String refId, String name, String description,
                            List<ImplementationGroup> implementationGroups, List<Node> nodes,
                            Map<String, Translation> translations) {
    }

    public record ImplementationGroup(String refId, String name, String description,
                                      Map<String, Translation> translations) {
    }

    /** One requirement node; {@code depth} is 1 for a root. {@code line} is where it starts in the file (0 if built). */
    public record Node(String urn, String parentUrn, String refId, String name, String description, String annotation,
                       String typicalEvidence, boolean assessable, int depth, List<String> implementationGroups,
                       Map<String, Translation> translations, int line) {
    }

    public record MappingSet(String urn, String refId, String name, String description, String sourceFrameworkUrn,
                             String targetFrameworkUrn, List<Mapping> mappings, Map<String, Translation> translations,
                             int line) {
    }

    public record Mapping(String sourceRequirementUrn, String targetRequirementUrn, String relationship,
                          String rationale, Integer strengthOfRelationship, String annotation, int line) {
    }

    /** A hash of the framework's stored content (not of the file), to tell a re-import of the same version apart. */
    public static String hash(Library library, Framework framework) {
        StringBuilder canonical = new StringBuilder();
        // the library's description is not kept, so it is not part of what a version means here
        append(canonical, "library", library.urn(), library.locale(), library.refId(), library.name(),
                library.copyright(), String.valueOf(library.version()),
                String.valueOf(library.publicationDate()), library.provider(), library.packager());
        append(canonical, "framework", framework.urn(), framework.refId(), framework.name(), framework.description());
        for (ImplementationGroup g : framework.implementationGroups()) {
            append(canonical, "group", g.refId(), g.name(), g.description());
        }
        for (Node n : framework.nodes()) {
            append(canonical, "node", n.urn(), n.parentUrn(), n.refId(), n.name(), n.description(), n.annotation(),
                    n.typicalEvidence(), String.valueOf(n.assessable()), String.valueOf(n.depth()),
                    String.join(",", n.implementationGroups()));
        }
        return sha256(canonical);
    }

    /**
     * A hash of the texts kept beside the content: the library's description and every translation, in language order.
     * Kept apart from {@link #hash(Library, Framework)} so a framework imported before Taisei kept them can take them
     * from the same file again (its content hash still matches).
     */
    public static String translationsHash(Library library, Framework framework) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, "library", library.description());
        appendTranslations(canonical, "library", library.translations());
        appendTranslations(canonical, "framework", framework.translations());
        for (ImplementationGroup g : framework.implementationGroups()) {
            appendTranslations(canonical, "group " + g.refId(), g.translations());
        }
        for (Node n : framework.nodes()) {
            appendTranslations(canonical, "node " + n.urn(), n.translations());
        }
        return sha256(canonical);
    }

    private static void appendTranslations(StringBuilder out, String owner, Map<String, Translation> translations) {
        new TreeMap<>(translations).forEach((locale, t) -> append(out, "translation", owner, locale, t.name(),
                t.description(), t.annotation(), t.typicalEvidence()));
    }

    /**
     * A hash of the texts a mapping set keeps beside its content: the translations of the library it came in and its
     * own. Kept apart from {@link #hash(Library, MappingSet)} for the same reason as the framework's.
     */
    public static String translationsHash(Library library, MappingSet set) {
        StringBuilder canonical = new StringBuilder();
        appendTranslations(canonical, "library", library.translations());
        appendTranslations(canonical, "set", set.translations());
        return sha256(canonical);
    }

    public static String hash(Library library, MappingSet set) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, "library", library.urn(), String.valueOf(library.version()));
        append(canonical, "set", set.urn(), set.refId(), set.name(), set.description(), set.sourceFrameworkUrn(),
                set.targetFrameworkUrn());
        for (Mapping m : set.mappings()) {
            append(canonical, "mapping", m.sourceRequirementUrn(), m.targetRequirementUrn(), m.relationship(),
                    m.rationale(), String.valueOf(m.strengthOfRelationship()), m.annotation());
        }
        return sha256(canonical);
    }

    private static String sha256(CharSequence canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder out, String tag, String... values) {
        out.append(tag);
        for (String value : values) {
            // length-prefixed so that no two different contents give the same canonical text
            String v = value == null ? "" : value;
            out.append('|').append(v.length()).append(':').append(v);
        }
        out.append('\n');
    }
}
