package io.taisei.organization.internal;

import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LineOfDefence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_department")
public class Department extends OrganizationRecord {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "legal_entity_id", nullable = false)
    private Long legalEntityId;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_of_defence", nullable = false, length = 10)
    private LineOfDefence lineOfDefence;

    protected Department() {
    }

    Department(DepartmentDraft draft) {
        apply(draft);
    }

    void apply(DepartmentDraft draft) {
        setCode(Text.clean(draft.code()));
        this.name = Text.clean(draft.name());
        this.nameEn = Text.clean(draft.nameEn());
        this.legalEntityId = draft.legalEntityId();
        this.parentId = draft.parentId();
        this.lineOfDefence = draft.lineOfDefence();
    }

    public Long getLegalEntityId() { return legalEntityId; }
    public Long getParentId() { return parentId; }

    public DepartmentSummary toSummary() {
        return new DepartmentSummary(new DepartmentId(getId()), getCode(), name, nameEn,
                new LegalEntityId(legalEntityId), DepartmentId.of(parentId), lineOfDefence, getStatus(),
                getRetiredOn(), getVersion());
    }
}
