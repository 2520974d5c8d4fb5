package io.taisei.compliance.framework;

import io.taisei.compliance.CatalogItemSummary;
import io.taisei.compliance.CatalogSectionSummary;
import io.taisei.compliance.CatalogSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guideline catalog seen as a CISO Assistant framework: sections become grouping nodes and items assessable
 * nodes, under urns of Taisei's own namespace ({@code urn:taisei:risk:framework:fsa-cyber-2024-10}). Names and
 * descriptions are the Japanese titles and Taisei's summaries; the English ones travel as translations.
 */
final class GuidelineFrameworks {

    static final String PREFIX = "urn:taisei:risk:";

    private GuidelineFrameworks() {
    }

    static String slug(CatalogSummary catalog) {
        return (catalog.guidelineId() + "-" + catalog.revision()).toLowerCase(Locale.ROOT);
    }

    static String frameworkUrn(CatalogSummary catalog) {
        return PREFIX + "framework:" + slug(catalog);
    }

    static String nodeUrn(CatalogSummary catalog, String refId) {
        return PREFIX + "req_node:" + slug(catalog) + ":" + refId.toLowerCase(Locale.ROOT);
    }

    static LibraryDocument.Library library(CatalogSummary catalog) {
        return new LibraryDocument.Library(PREFIX + "library:" + slug(catalog), "ja", slug(catalog).toUpperCase(Locale.ROOT),
                catalog.titleJa(),
                catalog.titleEn() + " — section 2 as Taisei's catalog (item summaries are Taisei's own, not the guideline's text)",
                "Item summaries and structure: Taisei. The guideline itself: " + catalog.publisherEn() + ".",
                1, catalog.issuedOn(), catalog.publisherEn(), "Taisei", english(catalog.titleEn(), null));
    }

    /** The framework, its Japanese texts as the original and the English ones as translations. */
    static LibraryDocument.Framework build(CatalogSummary catalog, List<CatalogSectionSummary> sections,
                                           List<CatalogItemSummary> items) {
        Map<String, List<CatalogItemSummary>> itemsBySection = new LinkedHashMap<>();
        items.forEach(i -> itemsBySection.computeIfAbsent(i.sectionNumber(), k -> new ArrayList<>()).add(i));
        List<LibraryDocument.Node> nodes = new ArrayList<>();
        // sections come in guideline order with parents first; a section's items follow it, before its subsections
        Map<String, List<CatalogSectionSummary>> children = new LinkedHashMap<>();
        List<CatalogSectionSummary> roots = new ArrayList<>();
        for (CatalogSectionSummary s : sections) {
            if (s.parentNumber() == null) {
                roots.add(s);
            } else {
                children.computeIfAbsent(s.parentNumber(), k -> new ArrayList<>()).add(s);
            }
        }
        for (CatalogSectionSummary root : roots) {
            addSection(catalog, root, null, 1, children, itemsBySection, nodes);
        }
        return new LibraryDocument.Framework(frameworkUrn(catalog), slug(catalog).toUpperCase(Locale.ROOT),
                catalog.titleJa(), catalog.titleEn(), List.of(), List.copyOf(nodes), english(catalog.titleEn(), null));
    }

    private static Map<String, Translation> english(String name, String description) {
        return Map.of("en", new Translation(name, description, null, null));
    }

    private static void addSection(CatalogSummary catalog, CatalogSectionSummary section, String parentUrn, int depth,
                                   Map<String, List<CatalogSectionSummary>> children,
                                   Map<String, List<CatalogItemSummary>> itemsBySection,
                                   List<LibraryDocument.Node> nodes) {
        String urn = nodeUrn(catalog, section.number());
        nodes.add(new LibraryDocument.Node(urn, parentUrn, section.number(), section.titleJa(), null, null, null,
                false, depth, List.of(), english(section.titleEn(), null), 0));
        for (CatalogItemSummary item : itemsBySection.getOrDefault(section.number(), List.of())) {
            nodes.add(new LibraryDocument.Node(nodeUrn(catalog, item.key()), urn, item.key(), null, item.summaryJa(),
                    null, null, true, depth + 1, List.of(), english(null, item.summaryEn()), 0));
        }
        for (CatalogSectionSummary child : children.getOrDefault(section.number(), List.of())) {
            addSection(catalog, child, urn, depth + 1, children, itemsBySection, nodes);
        }
    }
}
