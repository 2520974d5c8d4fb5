package io.taisei.asset.internal;

import io.taisei.asset.Environment;
import io.taisei.asset.Importance;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.ProtectionPriority;
import io.taisei.asset.ProtectionPriorityPolicy;
import io.taisei.asset.Rating;
import io.taisei.asset.ServiceKind;
import io.taisei.asset.SystemDraft;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of ledger 1: an information system or an external system service. */
@Entity
@Table(name = "ast_system")
public class InformationSystem extends AssetRecord {

    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 2000)
    private String purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SystemKind kind;
    @Column(name = "legal_entity_id", nullable = false)
    private Long legalEntityId;
    @Column(name = "department_id", nullable = false)
    private Long departmentId;
    @Column(name = "owner_id")
    private Long ownerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LifecycleStatus lifecycle;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Importance importance;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rating confidentiality;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rating integrity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rating availability;
    @Enumerated(EnumType.STRING)
    @Column(name = "protection_priority", nullable = false, length = 4)
    private ProtectionPriority protectionPriority;
    @Column(name = "internet_exposed", nullable = false)
    private boolean internetExposed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Environment environment;
    @Column(name = "rto_minutes")
    private Integer rtoMinutes;
    @Column(name = "rpo_minutes")
    private Integer rpoMinutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", length = 20)
    private ServiceKind serviceKind;
    @Column(length = 200)
    private String provider;
    @Column(name = "shared_responsibility", length = 4000)
    private String sharedResponsibility;
    @Column(name = "contract_reference", length = 200)
    private String contractReference;

    protected InformationSystem() {
    }

    InformationSystem(SystemDraft draft) {
        apply(draft);
    }

    void apply(SystemDraft d) {
        setCode(Text.clean(d.code()));
        name = Text.clean(d.name());
        purpose = Text.clean(d.purpose());
        kind = d.kind();
        legalEntityId = d.legalEntityId();
        departmentId = d.departmentId();
        ownerId = d.ownerId();
        lifecycle = d.lifecycle();
        importance = d.importance();
        confidentiality = d.confidentiality();
        integrity = d.integrity();
        availability = d.availability();
        internetExposed = d.internetExposed();
        protectionPriority = ProtectionPriorityPolicy.derive(confidentiality, integrity, availability, importance,
                internetExposed);
        environment = d.environment();
        rtoMinutes = d.rtoMinutes();
        rpoMinutes = d.rpoMinutes();
        // service fields describe an outside provider; an in-house system keeps none, so the ledger cannot contradict itself
        boolean external = kind == SystemKind.EXTERNAL_SERVICE;
        serviceKind = external ? d.serviceKind() : null;
        provider = external ? Text.clean(d.provider()) : null;
        sharedResponsibility = external ? Text.clean(d.sharedResponsibility()) : null;
        contractReference = external ? Text.clean(d.contractReference()) : null;
    }

    public String getName() { return name; }

    public SystemSummary toSummary() {
        return new SystemSummary(new SystemId(getId()), getCode(), name, purpose, kind, new LegalEntityId(legalEntityId),
                new DepartmentId(departmentId), PersonId.of(ownerId), lifecycle, importance, confidentiality, integrity,
                availability, protectionPriority, internetExposed, environment, rtoMinutes, rpoMinutes, serviceKind,
                provider, sharedResponsibility, contractReference, getVersion());
    }
}
