package io.taisei.compliance.framework;

import jakarta.persistence.*;

/** One requirement mapping of an imported mapping set. */
@Entity
@Table(name = "cmp_fw_mapping")
class MappingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mapping_set_id", nullable = false)
    private Long mappingSetId;

    @Column(nullable = false)
    private int position;

    @Column(name = "source_requirement_urn", nullable = false, length = 300)
    private String sourceRequirementUrn;

    @Column(name = "target_requirement_urn", nullable = false, length = 300)
    private String targetRequirementUrn;

    @Column(nullable = false, length = 20)
    private String relationship;

    @Column(length = 500)
    private String rationale;

    @Column(name = "strength_of_relationship")
    private Integer strengthOfRelationship;

    @Column(length = 4000)
    private String annotation;

    protected MappingEntity() {
    }

    MappingEntity(Long mappingSetId, LibraryDocument.Mapping mapping, int position) {
        this.mappingSetId = mappingSetId;
        this.position = position;
        this.sourceRequirementUrn = mapping.sourceRequirementUrn();
        this.targetRequirementUrn = mapping.targetRequirementUrn();
        this.relationship = mapping.relationship();
        this.rationale = mapping.rationale();
        this.strengthOfRelationship = mapping.strengthOfRelationship();
        this.annotation = mapping.annotation();
    }

    LibraryDocument.Mapping toDocument() {
        return new LibraryDocument.Mapping(sourceRequirementUrn, targetRequirementUrn, relationship, rationale,
                strengthOfRelationship, annotation, 0);
    }

    RequirementMappingSummary toSummary() {
        return new RequirementMappingSummary(sourceRequirementUrn, targetRequirementUrn, relationship, rationale,
                strengthOfRelationship, annotation);
    }
}
