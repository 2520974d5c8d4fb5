package io.taisei.compliance.framework;

import jakarta.persistence.*;

import java.time.Instant;

/** Taisei's own link from a guideline item to a requirement node of an imported framework. */
@Entity
@Table(name = "cmp_fw_guideline_mapping")
class GuidelineMappingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalog_id", nullable = false)
    private Long catalogId;

    @Column(name = "item_key", nullable = false, length = 40)
    private String itemKey;

    @Column(name = "framework_urn", nullable = false, length = 300)
    private String frameworkUrn;

    @Column(name = "requirement_urn", nullable = false, length = 300)
    private String requirementUrn;

    @Column(nullable = false, length = 20)
    private String relationship;

    @Column(length = 500)
    private String rationale;

    @Column(name = "strength_of_relationship")
    private Integer strengthOfRelationship;

    @Column(length = 2000)
    private String note;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected GuidelineMappingEntity() {
    }

    GuidelineMappingEntity(long catalogId, String itemKey, String frameworkUrn, String requirementUrn) {
        this.catalogId = catalogId;
        this.itemKey = itemKey;
        this.frameworkUrn = frameworkUrn;
        this.requirementUrn = requirementUrn;
    }

    void change(String relationship, String rationale, Integer strength, String note, Instant at, String by) {
        this.relationship = relationship;
        this.rationale = rationale;
        this.strengthOfRelationship = strength;
        this.note = note;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    Long getId() { return id; }
    Long getCatalogId() { return catalogId; }
    String getItemKey() { return itemKey; }
    String getFrameworkUrn() { return frameworkUrn; }
    String getRequirementUrn() { return requirementUrn; }
    String getRelationship() { return relationship; }
    String getRationale() { return rationale; }
    Integer getStrengthOfRelationship() { return strengthOfRelationship; }
    String getNote() { return note; }
    long getVersion() { return version; }
    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
}
