package io.taisei.compliance.framework;

import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A requirement node of one framework version; {@code position} is its place in a depth-first walk of the tree. */
@Entity
@Table(name = "cmp_fw_node")
class NodeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    @Column(nullable = false, length = 300)
    private String urn;

    @Column(name = "parent_urn", length = 300)
    private String parentUrn;

    @Column(name = "ref_id", length = 200)
    private String refId;

    @Column(length = 1000)
    private String name;

    @Column(length = 20000)
    private String description;

    @Column(length = 20000)
    private String annotation;

    @Column(name = "typical_evidence", length = 20000)
    private String typicalEvidence;

    @Column(nullable = false)
    private boolean assessable;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false)
    private int position;

    /** Comma-separated: implementation group ids hold no commas (the parser refuses them). */
    @Column(name = "implementation_groups", length = 1000)
    private String implementationGroups;

    /** The node's texts in other languages, by language code. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cmp_fw_node_translation", joinColumns = @JoinColumn(name = "node_id"))
    @MapKeyColumn(name = "locale", length = 20)
    @BatchSize(size = 100)
    private Map<String, NodeTranslationValue> translations = new HashMap<>();

    protected NodeEntity() {
    }

    NodeEntity(Long frameworkId, LibraryDocument.Node node, int position) {
        this.frameworkId = frameworkId;
        this.urn = node.urn();
        this.parentUrn = node.parentUrn();
        this.refId = node.refId();
        this.name = node.name();
        this.description = node.description();
        this.annotation = node.annotation();
        this.typicalEvidence = node.typicalEvidence();
        this.assessable = node.assessable();
        this.depth = node.depth();
        this.position = position;
        this.implementationGroups = node.implementationGroups().isEmpty() ? null
                : String.join(",", node.implementationGroups());
        translate(node.translations());
    }

    /** Sets the node's translations (a version imported before they were kept takes them once). */
    void translate(Map<String, Translation> byLocale) {
        translations.clear();
        byLocale.forEach((locale, t) -> translations.put(locale, NodeTranslationValue.of(t)));
    }

    Map<String, Translation> translations() {
        Map<String, Translation> out = new TreeMap<>();
        translations.forEach((locale, t) -> out.put(locale, t.translation()));
        return Collections.unmodifiableMap(out);
    }

    List<String> groups() {
        return implementationGroups == null ? List.of() : Arrays.asList(implementationGroups.split(","));
    }

    RequirementNodeSummary toSummary() {
        return new RequirementNodeSummary(urn, parentUrn, refId, name, description, annotation, typicalEvidence,
                assessable, depth, position, groups(), translations());
    }

    LibraryDocument.Node toDocument() {
        return new LibraryDocument.Node(urn, parentUrn, refId, name, description, annotation, typicalEvidence,
                assessable, depth, groups(), translations(), 0);
    }

    Long getId() { return id; }
    Long getFrameworkId() { return frameworkId; }
    String getUrn() { return urn; }
    String getRefId() { return refId; }
}
