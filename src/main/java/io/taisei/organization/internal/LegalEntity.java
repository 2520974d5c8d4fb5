package io.taisei.organization.internal;

import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LegalEntitySummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_legal_entity")
public class LegalEntity extends OrganizationRecord {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegalEntityKind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "parent_id")
    private Long parentId;

    protected LegalEntity() {
    }

    LegalEntity(LegalEntityDraft draft) {
        apply(draft);
    }

    void apply(LegalEntityDraft draft) {
        setCode(Text.clean(draft.code()));
        this.name = Text.clean(draft.name());
        this.nameEn = Text.clean(draft.nameEn());
        this.kind = draft.kind();
        this.country = Text.clean(draft.country()).toUpperCase(java.util.Locale.ROOT);
        this.parentId = draft.parentId();
    }

    public Long getParentId() { return parentId; }

    public LegalEntitySummary toSummary() {
        return new LegalEntitySummary(new LegalEntityId(getId()), getCode(), name, nameEn, kind, country,
                LegalEntityId.of(parentId), getStatus(), getRetiredOn(), getVersion());
    }
}
