package io.taisei.compliance.internal;

import io.taisei.compliance.ItemKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catalog file. SnakeYAML runs with its {@link SafeConstructor} (plain maps, lists and scalars only: no type
 * of ours or anyone else's is ever instantiated from the file), duplicate keys refused, few aliases and a size limit
 * (no alias bombs). Then the structure is checked strictly: unknown fields, missing fields, malformed or duplicate
 * ids, a kind that contradicts the numbering, an unknown CSF category are all refused with the reason.
 */
public final class CatalogDocumentParser {

    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    /** NIST CSF 2.0 categories. */
    public static final Set<String> CSF_CATEGORIES = Set.of(
            "GV.OC", "GV.RM", "GV.RR", "GV.PO", "GV.OV", "GV.SC",
            "ID.AM", "ID.RA", "ID.IM",
            "PR.AA", "PR.AT", "PR.DS", "PR.PS", "PR.IR",
            "DE.CM", "DE.AE",
            "RS.MA", "RS.AN", "RS.CO", "RS.MI",
            "RC.RP", "RC.CO");

    private static final Pattern SECTION_NUMBER = Pattern.compile("2(\\.[1-9][0-9]?){1,3}");
    private static final Pattern ITEM_ID = Pattern.compile("(2(?:\\.[1-9][0-9]?){1,3})-([1-9][0-9]?|[a-z])");
    private static final Pattern GUIDELINE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern REVISION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,39}");
    private static final Pattern FEATURE = Pattern.compile("[a-z][a-z0-9]{1,39}");
    private static final int MAX_SUMMARY = 1000;

    private CatalogDocumentParser() {
    }

    public static CatalogDocument parse(InputStream in, String source) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, source);
        } catch (IOException e) {
            throw new CatalogFormatException(source, "cannot be read", e);
        }
    }

    public static CatalogDocument parse(Reader reader, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new CatalogFormatException(source, "not valid YAML: " + e.getMessage(), e);
        }
        return new CatalogDocumentParser.Reading(source).document(root);
    }

    /** One pass over one file; carries the source name into every error. */
    private static final class Reading {
        private final String source;

        Reading(String source) {
            this.source = source;
        }

        CatalogDocument document(Object root) {
            Map<String, Object> map = map(root, "the document");
            only(map, "the document", "guideline", "csf", "sections");
            CatalogDocument.Guideline guideline = guideline(map(required(map, "guideline", "the document"), "guideline"));
            Map<String, Object> csf = map(required(map, "csf", "the document"), "csf");
            only(csf, "csf", "framework", "unofficial");
            if (!"NIST CSF 2.0".equals(text(csf, "framework", "csf"))) {
                throw fail("csf.framework must be 'NIST CSF 2.0'");
            }
            Object unofficial = required(csf, "unofficial", "csf");
            if (!(unofficial instanceof Boolean flag)) {
                throw fail("csf.unofficial must be true or false");
            }
            List<CatalogDocument.Section> sections = new ArrayList<>();
            Set<String> sectionNumbers = new HashSet<>();
            Set<String> itemIds = new HashSet<>();
            for (Object entry : list(required(map, "sections", "the document"), "sections")) {
                CatalogDocument.Section section = section(map(entry, "a section"), itemIds);
                if (!sectionNumbers.add(section.number())) {
                    throw fail("section " + section.number() + " appears twice");
                }
                if (section.parentNumber() != null && !sectionNumbers.contains(section.parentNumber())) {
                    throw fail("section " + section.number() + " comes before (or without) its parent " + section.parentNumber());
                }
                sections.add(section);
            }
            if (itemIds.isEmpty()) {
                throw fail("the catalog holds no items");
            }
            return new CatalogDocument(guideline, flag, List.copyOf(sections));
        }

        private CatalogDocument.Guideline guideline(Map<String, Object> g) {
            only(g, "guideline", "id", "revision", "title", "publisher", "issued", "note");
            String id = text(g, "id", "guideline");
            if (!GUIDELINE_ID.matcher(id).matches()) {
                throw fail("guideline.id '" + id + "' must be lower-case letters, digits and dashes");
            }
            String revision = text(g, "revision", "guideline");
            if (!REVISION.matcher(revision).matches()) {
                throw fail("guideline.revision '" + revision + "' is not a valid revision name");
            }
            Map<String, Object> title = map(required(g, "title", "guideline"), "guideline.title");
            Map<String, Object> publisher = map(required(g, "publisher", "guideline"), "guideline.publisher");
            LocalDate issued;
            try {
                issued = LocalDate.parse(text(g, "issued", "guideline"));
            } catch (DateTimeParseException e) {
                throw fail("guideline.issued must be a date like 2024-10-04 (quoted)");
            }
            String noteJa = null;
            String noteEn = null;
            if (g.containsKey("note")) {
                Map<String, Object> note = map(g.get("note"), "guideline.note");
                noteJa = bilingual(note, "guideline.note", "ja");
                noteEn = bilingual(note, "guideline.note", "en");
            }
            return new CatalogDocument.Guideline(id, revision,
                    bilingual(title, "guideline.title", "ja"), bilingual(title, "guideline.title", "en"),
                    bilingual(publisher, "guideline.publisher", "ja"), bilingual(publisher, "guideline.publisher", "en"),
                    issued, noteJa, noteEn);
        }

        private CatalogDocument.Section section(Map<String, Object> s, Set<String> itemIds) {
            only(s, "a section", "number", "title", "items");
            String number = text(s, "number", "a section");
            if (!SECTION_NUMBER.matcher(number).matches()) {
                throw fail("section number '" + number + "' is malformed (quote it, e.g. \"2.6\")");
            }
            String where = "section " + number;
            Map<String, Object> title = map(required(s, "title", where), where + " title");
            List<CatalogDocument.Item> items = new ArrayList<>();
            if (s.containsKey("items")) {
                for (Object entry : list(s.get("items"), where + " items")) {
                    CatalogDocument.Item item = item(map(entry, "an item of " + where), number);
                    if (!itemIds.add(item.id())) {
                        throw fail("item " + item.id() + " appears twice");
                    }
                    items.add(item);
                }
            }
            return new CatalogDocument.Section(number, bilingual(title, where + " title", "ja"),
                    bilingual(title, where + " title", "en"), List.copyOf(items));
        }

        private CatalogDocument.Item item(Map<String, Object> i, String sectionNumber) {
            String id = text(i, "id", "an item of section " + sectionNumber);
            String where = "item " + id;
            only(i, where, "id", "kind", "ja", "en", "features", "csf");
            Matcher matcher = ITEM_ID.matcher(id);
            if (!matcher.matches()) {
                throw fail(where + ": the id must look like 2.2.3-3 or 2.2.1.2-e");
            }
            if (!matcher.group(1).equals(sectionNumber)) {
                throw fail(where + " is listed under section " + sectionNumber);
            }
            ItemKind kind;
            try {
                kind = ItemKind.valueOf(text(i, "kind", where));
            } catch (IllegalArgumentException e) {
                throw fail(where + ": kind must be FUNDAMENTAL or RECOMMENDED");
            }
            boolean numbered = Character.isDigit(matcher.group(2).charAt(0));
            if (numbered != (kind == ItemKind.FUNDAMENTAL)) {
                throw fail(where + ": fundamental items are numbered and recommended items are lettered");
            }
            String ja = summary(i, "ja", where);
            String en = summary(i, "en", where);
            List<String> features = strings(required(i, "features", where), where + " features");
            for (String feature : features) {
                if (!FEATURE.matcher(feature).matches()) {
                    throw fail(where + ": feature '" + feature + "' is not a module name");
                }
            }
            List<String> csf = strings(required(i, "csf", where), where + " csf");
            if (csf.isEmpty()) {
                throw fail(where + " needs at least one CSF category");
            }
            for (String category : csf) {
                if (!CSF_CATEGORIES.contains(category)) {
                    throw fail(where + ": '" + category + "' is not a NIST CSF 2.0 category");
                }
            }
            if (features.isEmpty()) {
                throw fail(where + " needs at least one supporting feature");
            }
            return new CatalogDocument.Item(id, kind, ja, en, features, csf);
        }

        private String summary(Map<String, Object> i, String language, String where) {
            String value = text(i, language, where);
            if (value.length() > MAX_SUMMARY || value.contains("\n")) {
                throw fail(where + ": the " + language + " summary must be one line of at most " + MAX_SUMMARY + " characters");
            }
            return value;
        }

        private String bilingual(Map<String, Object> map, String where, String language) {
            only(map, where, "ja", "en");
            return text(map, language, where);
        }

        private List<String> strings(Object value, String where) {
            List<String> result = new ArrayList<>();
            for (Object entry : list(value, where)) {
                if (!(entry instanceof String s) || s.isBlank()) {
                    throw fail(where + " must be a list of names");
                }
                if (result.contains(s)) {
                    throw fail(where + " lists '" + s + "' twice");
                }
                result.add(s);
            }
            return List.copyOf(result);
        }

        private String text(Map<String, Object> map, String key, String where) {
            Object value = required(map, key, where);
            if (!(value instanceof String s) || s.isBlank()) {
                throw fail(where + ": '" + key + "' must be non-empty text");
            }
            return s.strip();
        }

        private Object required(Map<String, Object> map, String key, String where) {
            Object value = map.get(key);
            if (value == null) {
                throw fail(where + ": '" + key + "' is missing");
            }
            return value;
        }

        private void only(Map<String, Object> map, String where, String... allowed) {
            Set<String> known = Set.of(allowed);
            for (String key : map.keySet()) {
                if (!known.contains(key)) {
                    throw fail(where + ": unknown field '" + key + "'");
                }
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map(Object value, String where) {
            if (!(value instanceof Map<?, ?> m)) {
                throw fail(where + " must be a mapping");
            }
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw fail(where + ": field names must be text");
                }
            }
            return (Map<String, Object>) m;
        }

        private List<?> list(Object value, String where) {
            if (!(value instanceof List<?> l)) {
                throw fail(where + " must be a list");
            }
            return l;
        }

        private CatalogFormatException fail(String reason) {
            return new CatalogFormatException(source, reason);
        }
    }
}
