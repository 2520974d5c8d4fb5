package io.taisei.compliance.framework;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a CISO Assistant library file (YAML) into a {@link LibraryDocument}, refusing anything doubtful with the reason
 * and the line. SnakeYAML only composes the node graph (with line marks): nothing is ever constructed from a tag, so no
 * class of ours or anyone's can be instantiated from the file; a tag other than YAML's plain ones is refused. The
 * composer's limits stop alias bombs (few aliases to collections), deep nesting and oversized documents; aliases are
 * never expanded by the checks that walk the whole graph.
 *
 * <p>Every field of the format is either kept, or known and deliberately left out (and reported), or refused as
 * unknown: a typo such as {@code parent_urm} must not silently turn a child into a root.
 */
public final class LibraryParser {

    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 40;
    static final int MAX_TEXT = 20000;
    static final int MAX_URN = 300;
    static final Set<String> RELATIONSHIPS = Set.of("equal", "subset", "superset", "intersect", "not_related");

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP);
    private static final Pattern URN = Pattern.compile("(?i)urn:[^\\s]{1,296}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");
    private static final Pattern GROUP = Pattern.compile("[^,\\s]{1,100}");

    // what the library, its framework, nodes and mapping sets may hold: kept fields first, then known fields of the
    // format that Taisei leaves out
    private static final Set<String> LIBRARY_KEPT = Set.of("urn", "locale", "ref_id", "name", "description",
            "copyright", "version", "publication_date", "provider", "packager", "translations", "objects");
    private static final Set<String> LIBRARY_IGNORED = Set.of("dependencies", "annotation", "labels",
            "convert_library_version", "is_loaded", "builtin", "filtering_labels");
    private static final Set<String> OBJECTS_KEPT = Set.of("framework", "frameworks", "requirement_mapping_set",
            "requirement_mapping_sets");
    private static final Set<String> OBJECTS_IGNORED = Set.of("threats", "reference_controls", "risk_matrix",
            "risk_matrices", "metric_definitions", "ttp_catalogs", "tactics", "techniques", "quick_forms", "preset",
            "workflows");
    private static final Set<String> FRAMEWORK_KEPT = Set.of("urn", "ref_id", "name", "description",
            "implementation_groups_definition", "requirement_nodes", "translations");
    private static final Set<String> FRAMEWORK_IGNORED = Set.of("annotation", "min_score",
            "max_score", "scores_definition", "outcomes_definition", "field_visibility", "result_aggregation",
            "answers_definition", "questions_definition");
    private static final Set<String> GROUP_KEPT = Set.of("ref_id", "name", "description", "translations");
    private static final Set<String> GROUP_IGNORED = Set.of("default_selected");
    private static final Set<String> NODE_KEPT = Set.of("urn", "parent_urn", "ref_id", "name", "description",
            "annotation", "typical_evidence", "assessable", "depth", "implementation_groups", "translations");
    private static final Set<String> NODE_IGNORED = Set.of("threats", "reference_controls",
            "questions", "questions_properties", "display_mode", "weight", "min_score", "max_score",
            "scores_definition_ref", "order_id", "skip", "answer", "importance", "is_hidden");
    private static final Set<String> SET_KEPT = Set.of("urn", "ref_id", "name", "description", "source_framework_urn",
            "target_framework_urn", "requirement_mappings", "translations");
    private static final Set<String> SET_IGNORED = Set.of("annotation");
    private static final Set<String> MAPPING_KEPT = Set.of("source_requirement_urn", "target_requirement_urn",
            "relationship", "rationale", "strength_of_relationship", "annotation");
    private static final Set<String> MAPPING_IGNORED = Set.of("translations", "strength");
    // what one language of a translations block may hold: the translatable fields of its object
    private static final Set<String> TRANSLATED = Set.of("name", "description");
    private static final Set<String> NODE_TRANSLATED = Set.of("name", "description", "annotation", "typical_evidence");
    private static final Set<String> NODE_TRANSLATED_IGNORED = Set.of("questions");

    private LibraryParser() {
    }

    /**
     * @param maxCodePoints the composer's own limit; the caller limits the bytes read as well
     * @throws LibraryFormatException with the reason and, where there is one, the line
     */
    public static LibraryDocument parse(InputStream in, int maxCodePoints) {
        // strict UTF-8: a Shift_JIS file must be refused, not read as mojibake
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(in, decoder)) {
            return parse(reader, maxCodePoints);
        } catch (IOException e) {
            throw new LibraryFormatException("framework.import.unreadable");
        }
    }

    public static LibraryDocument parse(Reader reader, int maxCodePoints) {
        Node root = compose(reader, maxCodePoints);
        if (root == null) {
            throw new LibraryFormatException("framework.import.empty");
        }
        new GraphCheck().check(root);
        return new Reading().document(root);
    }

    private static Node compose(Reader reader, int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(maxCodePoints);
        options.setProcessComments(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "" : e.getProblem();
            if (problem.contains("Nesting Depth exceeded")) {
                throw new LibraryFormatException("framework.import.nesting", MAX_NESTING, line(mark));
            }
            if (problem.startsWith("Global tag is not allowed")) {
                // SnakeYAML's own tag inspector refuses global tags before our graph check sees them
                throw new LibraryFormatException("framework.import.tag",
                        problem.substring(problem.indexOf(':') + 1).strip(), line(mark));
            }
            throw new LibraryFormatException("framework.import.syntax", line(mark), mark == null ? 0 : mark.getColumn() + 1,
                    problem);
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (e.getCause() instanceof CharacterCodingException) {
                throw new LibraryFormatException("framework.import.notUtf8");
            }
            if (message.contains("aliases")) {
                throw new LibraryFormatException("framework.import.aliases", MAX_ALIASES);
            }
            if (message.contains("exceeds the limit")) {
                throw new LibraryFormatException("framework.import.tooLarge", FrameworkManagement.size(maxCodePoints));
            }
            if (message.contains("Nesting Depth")) {
                throw new LibraryFormatException("framework.import.nesting", MAX_NESTING, 0);
            }
            throw new LibraryFormatException("framework.import.syntax", 0, 0, message);
        }
    }

    static int line(Node node) {
        return line(node.getStartMark());
    }

    static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    /**
     * One walk over the whole graph, each node once (an alias is not followed again, so a bomb cannot expand here):
     * only YAML's plain tags, no merge keys, no duplicate keys, keys are plain text.
     */
    private static final class GraphCheck {
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        void check(Node root) {
            List<Node> pending = new ArrayList<>();
            pending.add(root);
            while (!pending.isEmpty()) {
                Node node = pending.remove(pending.size() - 1);
                if (!seen.add(node)) {
                    continue;
                }
                Tag tag = node.getTag();
                if (tag.equals(Tag.MERGE)) {
                    throw new LibraryFormatException("framework.import.mergeKey", line(node));
                }
                if (!PLAIN_TAGS.contains(tag)) {
                    throw new LibraryFormatException("framework.import.tag", tag.getValue(), line(node));
                }
                if (node instanceof MappingNode mapping) {
                    Map<String, Integer> keys = new HashMap<>();
                    for (NodeTuple tuple : mapping.getValue()) {
                        Node key = tuple.getKeyNode();
                        if (key.getTag().equals(Tag.MERGE)) {
                            throw new LibraryFormatException("framework.import.mergeKey", line(key));
                        }
                        if (!(key instanceof ScalarNode scalar)) {
                            throw new LibraryFormatException("framework.import.keyNotText", line(key));
                        }
                        Integer first = keys.putIfAbsent(scalar.getValue(), line(key));
                        if (first != null) {
                            throw new LibraryFormatException("framework.import.duplicateKey", scalar.getValue(),
                                    line(key), first);
                        }
                        pending.add(key);
                        pending.add(tuple.getValueNode());
                    }
                } else if (node instanceof SequenceNode sequence) {
                    pending.addAll(sequence.getValue());
                }
            }
        }
    }

    /** The structure of the format, checked field by field. */
    private static final class Reading {
        private final Set<String> ignored = new TreeSet<>();

        LibraryDocument document(Node root) {
            Fields lib = fields(root, "library", LIBRARY_KEPT, LIBRARY_IGNORED, "");
            LibraryDocument.Library library = new LibraryDocument.Library(
                    urn(lib, "urn"),
                    locale(lib),
                    lib.requiredText("ref_id", 200),
                    lib.requiredText("name", 500),
                    lib.text("description", 10000),
                    lib.text("copyright", 2000),
                    lib.positiveInt("version"),
                    lib.date("publication_date"),
                    lib.text("provider", 300),
                    lib.text("packager", 300),
                    translations(lib, TRANSLATED, Set.of(), "", 500, 10000));
            Fields objects = fields(lib.required("objects"), "objects", OBJECTS_KEPT, OBJECTS_IGNORED, "objects.");
            if (objects.has("framework") && objects.has("frameworks")) {
                throw new LibraryFormatException("framework.import.severalFrameworks", objects.line("frameworks"));
            }
            LibraryDocument.Framework framework = null;
            if (objects.has("framework")) {
                framework = framework(objects.get("framework"));
            } else if (objects.has("frameworks")) {
                List<Node> list = objects.list("frameworks");
                if (list.size() != 1) {
                    throw new LibraryFormatException("framework.import.severalFrameworks", objects.line("frameworks"));
                }
                framework = framework(list.get(0));
            }
            List<LibraryDocument.MappingSet> sets = new ArrayList<>();
            Set<String> setUrns = new LinkedHashSet<>();
            for (String key : List.of("requirement_mapping_set", "requirement_mapping_sets")) {
                if (!objects.has(key)) {
                    continue;
                }
                // the singular, older form holds one set as a mapping; CISO Assistant also accepts a list there
                Node value = objects.get(key);
                List<Node> entries = value instanceof MappingNode ? List.of(value) : objects.list(key);
                for (Node entry : entries) {
                    LibraryDocument.MappingSet set = mappingSet(entry);
                    if (!setUrns.add(set.urn())) {
                        throw new LibraryFormatException("framework.import.duplicateUrn", set.urn(), set.line(), set.line());
                    }
                    sets.add(set);
                }
            }
            if (framework == null && sets.isEmpty()) {
                throw new LibraryFormatException("framework.import.noObjects", line(objects.node));
            }
            return new LibraryDocument(library, framework, List.copyOf(sets), List.copyOf(ignored));
        }

        private LibraryDocument.Framework framework(Node node) {
            Fields f = fields(node, "framework", FRAMEWORK_KEPT, FRAMEWORK_IGNORED, "framework.");
            String urn = urn(f, "urn");
            String refId = f.requiredText("ref_id", 200);
            String name = f.text("name", 500);
            List<LibraryDocument.ImplementationGroup> groups = new ArrayList<>();
            Map<String, Integer> groupIds = new HashMap<>();
            if (f.has("implementation_groups_definition")) {
                for (Node entry : f.list("implementation_groups_definition")) {
                    Fields g = fields(entry, "implementation_groups_definition", GROUP_KEPT, GROUP_IGNORED,
                            "implementation_groups_definition.");
                    String id = g.requiredText("ref_id", 100);
                    if (!GROUP.matcher(id).matches()) {
                        throw new LibraryFormatException("framework.import.groupInvalid", id, g.line("ref_id"));
                    }
                    Integer first = groupIds.putIfAbsent(id, line(entry));
                    if (first != null) {
                        throw new LibraryFormatException("framework.import.duplicateRefId", id, line(entry), first);
                    }
                    groups.add(new LibraryDocument.ImplementationGroup(id, g.text("name", 500),
                            g.text("description", 4000), translations(g, TRANSLATED, Set.of(),
                            "implementation_groups_definition.", 500, 4000)));
                }
            }
            List<Node> entries = f.list("requirement_nodes");
            if (entries.isEmpty()) {
                throw new LibraryFormatException("framework.import.noNodes", f.line("requirement_nodes"));
            }
            List<RawNode> raw = new ArrayList<>();
            Map<String, RawNode> byUrn = new LinkedHashMap<>();
            for (Node entry : entries) {
                RawNode n = node(entry, groupIds.keySet());
                RawNode earlier = byUrn.putIfAbsent(n.urn, n);
                if (earlier != null) {
                    throw new LibraryFormatException("framework.import.duplicateUrn", n.urn, n.line, earlier.line);
                }
                raw.add(n);
            }
            List<LibraryDocument.Node> nodes = tree(raw, byUrn);
            return new LibraryDocument.Framework(urn, refId, name == null ? refId : name, f.text("description", 10000),
                    List.copyOf(groups), nodes, translations(f, TRANSLATED, Set.of(), "framework.", 500, 10000));
        }

        private RawNode node(Node entry, Set<String> groups) {
            Fields n = fields(entry, "requirement_nodes", NODE_KEPT, NODE_IGNORED, "requirement_nodes.");
            RawNode raw = new RawNode();
            raw.line = line(entry);
            raw.urn = urn(n, "urn");
            raw.parentUrn = n.has("parent_urn") && !n.isNull("parent_urn") ? urn(n, "parent_urn") : null;
            raw.refId = n.text("ref_id", 200);
            raw.name = n.text("name", 1000);
            raw.description = n.text("description", MAX_TEXT);
            raw.annotation = n.text("annotation", MAX_TEXT);
            raw.typicalEvidence = n.text("typical_evidence", MAX_TEXT);
            raw.translations = translations(n, NODE_TRANSLATED, NODE_TRANSLATED_IGNORED, "requirement_nodes.", 1000,
                    MAX_TEXT);
            raw.assessable = n.has("assessable") && n.bool("assessable");
            raw.depth = n.has("depth") ? n.integer("depth") : null;
            raw.depthLine = n.has("depth") ? n.line("depth") : raw.line;
            raw.groups = new ArrayList<>();
            if (n.has("implementation_groups") && !n.isNull("implementation_groups")) {
                for (Node g : n.list("implementation_groups")) {
                    String id = scalarText(g, "implementation_groups", 100);
                    if (!groups.contains(id)) {
                        throw new LibraryFormatException("framework.import.groupUndefined", id, line(g));
                    }
                    if (!raw.groups.contains(id)) {
                        raw.groups.add(id);
                    }
                }
            }
            return raw;
        }

        /**
         * Orders the nodes parents first (depth-first, siblings in file order) after checking every parent exists,
         * that following parents never comes back to a node (a cycle), that declared depths match the tree and that
         * no two siblings share a ref_id. Real frameworks reuse item letters such as "a" under different clauses, so
         * ref_ids need only be unique among siblings.
         */
        private List<LibraryDocument.Node> tree(List<RawNode> raw, Map<String, RawNode> byUrn) {
            Map<String, List<RawNode>> children = new LinkedHashMap<>();
            List<RawNode> roots = new ArrayList<>();
            for (RawNode n : raw) {
                if (n.parentUrn == null) {
                    roots.add(n);
                    continue;
                }
                if (!byUrn.containsKey(n.parentUrn)) {
                    throw new LibraryFormatException("framework.import.parentMissing", n.parentUrn, n.urn, n.line);
                }
                children.computeIfAbsent(n.parentUrn, k -> new ArrayList<>()).add(n);
            }
            for (RawNode n : raw) {
                List<String> chain = new ArrayList<>();
                Set<String> visited = new LinkedHashSet<>();
                RawNode at = n;
                while (at != null) {
                    chain.add(at.urn);
                    if (!visited.add(at.urn)) {
                        throw new LibraryFormatException("framework.import.cycle", String.join(" → ", chain), n.line);
                    }
                    at = at.parentUrn == null ? null : byUrn.get(at.parentUrn);
                }
            }
            List<LibraryDocument.Node> ordered = new ArrayList<>(raw.size());
            checkSiblings(roots);
            // roots are declared at depth 1 in CISO Assistant's libraries; a file counting from 0 is read the same way,
            // as long as it does so throughout. Stored depths always count from 1.
            int base = roots.isEmpty() || roots.get(0).depth == null || roots.get(0).depth != 0 ? 1 : 0;
            // explicit stack: a framework may be deep, and recursion depth must not depend on the file
            List<RawNode> stack = new ArrayList<>();
            List<Integer> depths = new ArrayList<>();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.add(roots.get(i));
                depths.add(1);
            }
            while (!stack.isEmpty()) {
                RawNode n = stack.remove(stack.size() - 1);
                int depth = depths.remove(depths.size() - 1);
                if (n.depth != null && n.depth != depth - 1 + base) {
                    throw new LibraryFormatException("framework.import.depthMismatch", n.urn, n.depth, depth - 1 + base,
                            n.depthLine);
                }
                ordered.add(new LibraryDocument.Node(n.urn, n.parentUrn, n.refId, n.name, n.description, n.annotation,
                        n.typicalEvidence, n.assessable, depth, List.copyOf(n.groups), n.translations, n.line));
                List<RawNode> kids = children.getOrDefault(n.urn, List.of());
                checkSiblings(kids);
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.add(kids.get(i));
                    depths.add(depth + 1);
                }
            }
            return List.copyOf(ordered);
        }

        private void checkSiblings(List<RawNode> siblings) {
            Map<String, RawNode> refIds = new HashMap<>();
            for (RawNode n : siblings) {
                if (n.refId == null) {
                    continue;
                }
                RawNode earlier = refIds.putIfAbsent(n.refId, n);
                if (earlier != null) {
                    throw new LibraryFormatException("framework.import.duplicateRefId", n.refId, n.line, earlier.line);
                }
            }
        }

        private LibraryDocument.MappingSet mappingSet(Node node) {
            Fields s = fields(node, "requirement_mapping_sets", SET_KEPT, SET_IGNORED, "requirement_mapping_sets.");
            String urn = urn(s, "urn");
            String source = urn(s, "source_framework_urn");
            String target = urn(s, "target_framework_urn");
            List<Node> entries = s.list("requirement_mappings");
            if (entries.isEmpty()) {
                throw new LibraryFormatException("framework.import.noMappings", s.line("requirement_mappings"));
            }
            List<LibraryDocument.Mapping> mappings = new ArrayList<>();
            Map<String, Integer> pairs = new HashMap<>();
            for (Node entry : entries) {
                Fields m = fields(entry, "requirement_mappings", MAPPING_KEPT, MAPPING_IGNORED, "requirement_mappings.");
                String from = urn(m, "source_requirement_urn");
                String to = urn(m, "target_requirement_urn");
                String relationship = m.requiredText("relationship", 20).toLowerCase(Locale.ROOT);
                if (!RELATIONSHIPS.contains(relationship)) {
                    throw new LibraryFormatException("framework.import.relationship", relationship, m.line("relationship"));
                }
                Integer strength = null;
                if (m.has("strength_of_relationship") && !m.isNull("strength_of_relationship")) {
                    strength = m.integer("strength_of_relationship");
                    if (strength < 0 || strength > 10) {
                        throw new LibraryFormatException("framework.import.strength", strength,
                                m.line("strength_of_relationship"));
                    }
                }
                Integer first = pairs.putIfAbsent(from + " " + to, line(entry));
                if (first != null) {
                    throw new LibraryFormatException("framework.import.duplicateMapping", from, to, line(entry), first);
                }
                mappings.add(new LibraryDocument.Mapping(from, to, relationship, m.text("rationale", 500), strength,
                        m.text("annotation", 4000), line(entry)));
            }
            String name = s.text("name", 500);
            return new LibraryDocument.MappingSet(urn, s.text("ref_id", 200), name == null ? urn : name,
                    s.text("description", 10000), source, target, List.copyOf(mappings),
                    translations(s, TRANSLATED, Set.of(), "requirement_mapping_sets.", 500, 10000), line(node));
        }

        /**
         * An object's {@code translations}: a mapping from language code to the object's translatable fields in that
         * language. A language with nothing in it is left out; a field the object cannot translate is refused like any
         * unknown field.
         */
        private Map<String, Translation> translations(Fields owner, Set<String> kept, Set<String> known,
                                                                       String prefix, int maxName, int maxText) {
            if (!owner.has("translations") || owner.isNull("translations")) {
                return Map.of();
            }
            if (!(owner.get("translations") instanceof MappingNode languages)) {
                throw new LibraryFormatException("framework.import.notMapping", "translations", owner.line("translations"));
            }
            Map<String, Translation> out = new LinkedHashMap<>();
            for (NodeTuple tuple : languages.getValue()) {
                String locale = ((ScalarNode) tuple.getKeyNode()).getValue().strip();
                if (locale.length() > 20 || !LOCALE.matcher(locale).matches()) {
                    throw new LibraryFormatException("framework.import.locale", locale, line(tuple.getKeyNode()));
                }
                if (tuple.getValueNode().getTag().equals(Tag.NULL)) {
                    continue;
                }
                Fields t = fields(tuple.getValueNode(), "translations", kept, known, prefix + "translations.");
                Translation translation = new Translation(t.text("name", maxName),
                        t.text("description", maxText), t.text("annotation", maxText), t.text("typical_evidence", maxText));
                if (!translation.isEmpty()) {
                    out.put(locale, translation);
                }
            }
            return Collections.unmodifiableMap(out);
        }

        private String urn(Fields fields, String key) {
            String value = fields.requiredText(key, MAX_URN);
            if (!URN.matcher(value).matches()) {
                throw new LibraryFormatException("framework.import.urnInvalid", key, value, fields.line(key));
            }
            // CISO Assistant compares urns in lower case
            return value.toLowerCase(Locale.ROOT);
        }

        private String locale(Fields lib) {
            String value = lib.requiredText("locale", 20);
            if (!LOCALE.matcher(value).matches()) {
                throw new LibraryFormatException("framework.import.locale", value, lib.line("locale"));
            }
            return value;
        }

        private Fields fields(Node node, String where, Set<String> kept, Set<String> known, String prefix) {
            if (!(node instanceof MappingNode mapping)) {
                throw new LibraryFormatException("framework.import.notMapping", where, line(node));
            }
            Map<String, NodeTuple> byKey = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!kept.contains(key)) {
                    if (!known.contains(key)) {
                        throw new LibraryFormatException("framework.import.unknownField", key, where,
                                line(tuple.getKeyNode()));
                    }
                    ignored.add(prefix + key);
                    continue;
                }
                byKey.put(key, tuple);
            }
            return new Fields(node, where, byKey);
        }
    }

    private static String scalarText(Node node, String field, int max) {
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            throw new LibraryFormatException("framework.import.notText", field, line(node));
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw new LibraryFormatException("framework.import.notText", field, line(node));
        }
        if (value.length() > max) {
            throw new LibraryFormatException("framework.import.tooLong", field, max, line(node));
        }
        return value;
    }

    /** The kept fields of one mapping, with typed, line-aware access. */
    private record Fields(Node node, String where, Map<String, NodeTuple> byKey) {

        boolean has(String key) {
            return byKey.containsKey(key);
        }

        boolean isNull(String key) {
            return get(key).getTag().equals(Tag.NULL);
        }

        Node get(String key) {
            return byKey.get(key).getValueNode();
        }

        int line(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple == null ? LibraryParser.line(node) : LibraryParser.line(tuple.getKeyNode());
        }

        Node required(String key) {
            if (!has(key) || isNull(key)) {
                throw new LibraryFormatException("framework.import.missingField", key, where, LibraryParser.line(node));
            }
            return get(key);
        }

        String requiredText(String key, int max) {
            return scalarText(required(key), key, max);
        }

        /** Optional text: absent, null or blank is no value. */
        String text(String key, int max) {
            if (!has(key) || isNull(key)) {
                return null;
            }
            Node value = get(key);
            if (!(value instanceof ScalarNode scalar)) {
                throw new LibraryFormatException("framework.import.notText", key, line(key));
            }
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > max) {
                throw new LibraryFormatException("framework.import.tooLong", key, max, line(key));
            }
            return text;
        }

        boolean bool(String key) {
            Node value = get(key);
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                String v = scalar.getValue().toLowerCase(Locale.ROOT);
                return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
            }
            throw new LibraryFormatException("framework.import.notBoolean", key, line(key));
        }

        int integer(String key) {
            Node value = required(key);
            // a quoted "1" is what some hand-written libraries carry; it means the same
            if (value instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT)
                    || (scalar.getTag().equals(Tag.STR) && scalar.getValue().strip().matches("-?[0-9]{1,9}")))) {
                try {
                    return Integer.parseInt(scalar.getValue().strip().replace("_", ""));
                } catch (NumberFormatException e) {
                    // falls through: 0x…, 0o…, sexagesimal or out of range are not what this format means
                }
            }
            throw new LibraryFormatException("framework.import.notInteger", key, line(key));
        }

        int positiveInt(String key) {
            int value = integer(key);
            if (value < 1) {
                throw new LibraryFormatException("framework.import.notInteger", key, line(key));
            }
            return value;
        }

        LocalDate date(String key) {
            String text = text(key, 40);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new LibraryFormatException("framework.import.date", key, text, line(key));
            }
        }

        List<Node> list(String key) {
            Node value = required(key);
            if (!(value instanceof SequenceNode sequence)) {
                throw new LibraryFormatException("framework.import.notList", key, line(key));
            }
            return sequence.getValue();
        }
    }

    private static final class RawNode {
        String urn;
        String parentUrn;
        String refId;
        String name;
        String description;
        String annotation;
        String typicalEvidence;
        boolean assessable;
        Integer depth;
        int depthLine;
        List<String> groups;
        Map<String, Translation> translations;
        int line;
    }
}
