package io.taisei.compliance.framework;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.representer.Representer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link LibraryDocument} as a CISO Assistant library file, field names and order as that tool writes them,
 * so the file loads there and here alike. Plain maps and lists only (no tags, no anchors).
 */
final class LibraryWriter {

    private LibraryWriter() {
    }

    /**
     * @param dependencies urns of the libraries this one refers to (a mapping library's two frameworks)
     */
    static String write(LibraryDocument document, List<String> dependencies) {
        Map<String, Object> root = new LinkedHashMap<>();
        LibraryDocument.Library library = document.library();
        put(root, "urn", library.urn());
        put(root, "locale", library.locale());
        put(root, "ref_id", library.refId());
        put(root, "name", library.name());
        put(root, "description", library.description());
        put(root, "copyright", library.copyright());
        root.put("version", library.version());
        if (library.publicationDate() != null) {
            root.put("publication_date", library.publicationDate().toString());
        }
        put(root, "provider", library.provider());
        put(root, "packager", library.packager());
        translations(root, library.translations());
        if (!dependencies.isEmpty()) {
            root.put("dependencies", new ArrayList<>(dependencies));
        }
        Map<String, Object> objects = new LinkedHashMap<>();
        if (document.framework() != null) {
            objects.put("framework", framework(document.framework()));
        }
        if (!document.mappingSets().isEmpty()) {
            List<Object> sets = new ArrayList<>();
            document.mappingSets().forEach(set -> sets.add(mappingSet(set)));
            objects.put("requirement_mapping_sets", sets);
        }
        root.put("objects", objects);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setExplicitStart(false);
        return new Yaml(new Representer(options), options).dump(root);
    }

    private static Map<String, Object> framework(LibraryDocument.Framework framework) {
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "urn", framework.urn());
        put(f, "ref_id", framework.refId());
        put(f, "name", framework.name());
        put(f, "description", framework.description());
        translations(f, framework.translations());
        if (!framework.implementationGroups().isEmpty()) {
            List<Object> groups = new ArrayList<>();
            for (LibraryDocument.ImplementationGroup g : framework.implementationGroups()) {
                Map<String, Object> group = new LinkedHashMap<>();
                put(group, "ref_id", g.refId());
                put(group, "name", g.name());
                put(group, "description", g.description());
                translations(group, g.translations());
                groups.add(group);
            }
            f.put("implementation_groups_definition", groups);
        }
        List<Object> nodes = new ArrayList<>();
        for (LibraryDocument.Node n : framework.nodes()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("urn", n.urn());
            node.put("assessable", n.assessable());
            node.put("depth", n.depth());
            put(node, "parent_urn", n.parentUrn());
            put(node, "ref_id", n.refId());
            put(node, "name", n.name());
            put(node, "description", n.description());
            put(node, "annotation", n.annotation());
            put(node, "typical_evidence", n.typicalEvidence());
            if (!n.implementationGroups().isEmpty()) {
                node.put("implementation_groups", new ArrayList<>(n.implementationGroups()));
            }
            translations(node, n.translations());
            nodes.add(node);
        }
        f.put("requirement_nodes", nodes);
        return f;
    }

    private static Map<String, Object> mappingSet(LibraryDocument.MappingSet set) {
        Map<String, Object> s = new LinkedHashMap<>();
        put(s, "urn", set.urn());
        put(s, "ref_id", set.refId());
        put(s, "name", set.name());
        put(s, "description", set.description());
        translations(s, set.translations());
        put(s, "source_framework_urn", set.sourceFrameworkUrn());
        put(s, "target_framework_urn", set.targetFrameworkUrn());
        List<Object> mappings = new ArrayList<>();
        for (LibraryDocument.Mapping m : set.mappings()) {
            Map<String, Object> mapping = new LinkedHashMap<>();
            mapping.put("source_requirement_urn", m.sourceRequirementUrn());
            mapping.put("target_requirement_urn", m.targetRequirementUrn());
            mapping.put("relationship", m.relationship());
            put(mapping, "rationale", m.rationale());
            if (m.strengthOfRelationship() != null) {
                mapping.put("strength_of_relationship", m.strengthOfRelationship());
            }
            put(mapping, "annotation", m.annotation());
            mappings.add(mapping);
        }
        s.put("requirement_mappings", mappings);
        return s;
    }

    /** An object's translations, languages in alphabetical order, each with only the fields it translates. */
    private static void translations(Map<String, Object> owner, Map<String, Translation> translations) {
        if (translations.isEmpty()) {
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        new TreeMap<>(translations).forEach((locale, t) -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            put(fields, "name", t.name());
            put(fields, "description", t.description());
            put(fields, "annotation", t.annotation());
            put(fields, "typical_evidence", t.typicalEvidence());
            out.put(locale, fields);
        });
        owner.put("translations", out);
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
