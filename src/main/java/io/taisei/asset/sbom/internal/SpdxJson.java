package io.taisei.asset.sbom.internal;

import io.taisei.asset.sbom.SbomFormat;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SPDX 2.3 JSON: packages become components, dependency relationships between packages become edges. No SPDX
 * library for Java reads 2.3 JSON without pulling in a large tool chain, and the part Taisei needs is small.
 */
final class SpdxJson {

    /** Relationship types where the element depends on the related element. */
    private static final Set<String> DEPENDS = Set.of("DEPENDS_ON", "DYNAMIC_LINK", "STATIC_LINK");
    /** Relationship types where the related element depends on the element. */
    private static final Set<String> DEPENDENCY_OF = Set.of("DEPENDENCY_OF", "BUILD_DEPENDENCY_OF",
            "DEV_DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF", "PROVIDED_DEPENDENCY_OF", "TEST_DEPENDENCY_OF",
            "RUNTIME_DEPENDENCY_OF");
    /** SPDX checksum algorithms by their CycloneDX names, so that hashes read the same whatever the format. */
    private static final Map<String, String> ALGORITHMS = Map.ofEntries(Map.entry("SHA1", "SHA-1"),
            Map.entry("SHA256", "SHA-256"), Map.entry("SHA384", "SHA-384"), Map.entry("SHA512", "SHA-512"),
            Map.entry("SHA3-256", "SHA3-256"), Map.entry("SHA3-384", "SHA3-384"), Map.entry("SHA3-512", "SHA3-512"),
            Map.entry("BLAKE2B-256", "BLAKE2b-256"), Map.entry("BLAKE2B-384", "BLAKE2b-384"),
            Map.entry("BLAKE2B-512", "BLAKE2b-512"), Map.entry("BLAKE3", "BLAKE3"), Map.entry("MD5", "MD5"));

    private SpdxJson() {
    }

    static ParsedSbom toParsed(JsonNode root) {
        List<ParsedSbom.Component> components = new ArrayList<>();
        Map<String, ParsedSbom.Component> byId = new HashMap<>();
        JsonNode packages = root.path("packages");
        int position = 0;
        for (JsonNode p : packages) {
            position++;
            if (!p.isObject()) {
                throw new SbomFileRefused("sbom.file.componentWithoutName", position);
            }
            String name = text(p, "name");
            if (name == null) {
                throw new SbomFileRefused("sbom.file.componentWithoutName", position);
            }
            String purl = null;
            String cpe = null;
            for (JsonNode ref : p.path("externalRefs")) {
                String type = text(ref, "referenceType");
                String locator = text(ref, "referenceLocator");
                if ("purl".equals(type) && purl == null) {
                    purl = locator;
                } else if (("cpe23Type".equals(type) || "cpe22Type".equals(type)) && (cpe == null || "cpe23Type".equals(type))) {
                    cpe = locator;
                }
            }
            List<String> hashes = new ArrayList<>();
            for (JsonNode checksum : p.path("checksums")) {
                String algorithm = text(checksum, "algorithm");
                String value = text(checksum, "checksumValue");
                if (algorithm != null && value != null) {
                    hashes.add(ALGORITHMS.getOrDefault(algorithm.toUpperCase(Locale.ROOT), algorithm) + ":" + value);
                }
            }
            String purpose = text(p, "primaryPackagePurpose");
            ParsedSbom.Component component = new ParsedSbom.Component(text(p, "SPDXID"),
                    purpose == null ? null : purpose.toLowerCase(Locale.ROOT), null, name, text(p, "versionInfo"),
                    purl, cpe, party(text(p, "supplier")), licences(p), hashes);
            components.add(component);
            if (component.bomRef() != null) {
                byId.put(component.bomRef(), component);
            }
        }
        Set<ParsedSbom.Edge> edges = new LinkedHashSet<>();
        for (JsonNode relationship : root.path("relationships")) {
            String element = text(relationship, "spdxElementId");
            String related = text(relationship, "relatedSpdxElement");
            String type = text(relationship, "relationshipType");
            if (element == null || related == null || type == null
                    || !byId.containsKey(element) || !byId.containsKey(related)) {
                continue;
            }
            if (DEPENDS.contains(type)) {
                edges.add(new ParsedSbom.Edge(element, related));
            } else if (DEPENDENCY_OF.contains(type)) {
                edges.add(new ParsedSbom.Edge(related, element));
            }
        }
        String subjectName = text(root, "name");
        String subjectVersion = null;
        JsonNode described = root.path("documentDescribes");
        if (described.isArray() && described.size() == 1 && byId.containsKey(described.get(0).asString())) {
            ParsedSbom.Component main = byId.get(described.get(0).asString());
            subjectName = main.name();
            subjectVersion = main.version();
        }
        return new ParsedSbom(SbomFormat.SPDX_JSON, "2.3", text(root, "documentNamespace"), subjectName,
                subjectVersion, components, List.copyOf(edges));
    }

    /** The concluded licence when there is one, else the declared one; NOASSERTION and NONE say nothing. */
    private static List<String> licences(JsonNode p) {
        for (String field : List.of("licenseConcluded", "licenseDeclared")) {
            String value = text(p, field);
            if (value != null && !"NOASSERTION".equals(value) && !"NONE".equals(value)) {
                return List.of(value);
            }
        }
        return List.of();
    }

    /** {@code Organization: ExampleCodeInspect (contact@example.com)} → {@code ExampleCodeInspect}. */
    static String party(String value) {
        if (value == null || "NOASSERTION".equals(value)) {
            return null;
        }
        String name = value;
        int colon = name.indexOf(':');
        if (colon > 0 && (name.startsWith("Organization") || name.startsWith("Person") || name.startsWith("Tool"))) {
            name = name.substring(colon + 1);
        }
        int mail = name.lastIndexOf(" (");
        if (mail > 0 && name.endsWith(")")) {
            name = name.substring(0, mail);
        }
        return Texts.clean(name);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : Texts.clean(value.asString());
    }
}
