package io.taisei.asset.internal;

import io.taisei.asset.DiscoveryMethod;
import io.taisei.asset.UnmanagedAssetDecision;
import io.taisei.asset.UnmanagedAssetDraft;
import io.taisei.asset.UnmanagedAssetId;
import io.taisei.asset.UnmanagedAssetKind;
import io.taisei.asset.UnmanagedAssetSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A device or cloud service found outside the ledgers, with the decision about it and its follow-up. */
@Entity
@Table(name = "ast_unmanaged_asset")
public class UnmanagedAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnmanagedAssetKind kind;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "found_where", nullable = false, length = 500)
    private String foundWhere;
    @Enumerated(EnumType.STRING)
    @Column(name = "discovery_method", nullable = false, length = 20)
    private DiscoveryMethod discoveryMethod;
    @Column(name = "discovered_on", nullable = false)
    private LocalDate discoveredOn;
    @Column(name = "discovered_by_id")
    private Long discoveredById;
    @Column(name = "department_id")
    private Long departmentId;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private UnmanagedAssetDecision decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "follow_up_due_on")
    private LocalDate followUpDueOn;
    @Column(name = "follow_up_done_on")
    private LocalDate followUpDoneOn;
    @Column(name = "follow_up_note", length = 2000)
    private String followUpNote;
    @Column(name = "hardware_software_id")
    private Long hardwareSoftwareId;
    @Column(name = "system_id")
    private Long systemId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected UnmanagedAsset() {
    }

    UnmanagedAsset(UnmanagedAssetDraft draft) {
        apply(draft);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    void apply(UnmanagedAssetDraft d) {
        kind = d.kind();
        name = Text.clean(d.name());
        foundWhere = Text.clean(d.foundWhere());
        discoveryMethod = d.discoveryMethod();
        discoveredOn = d.discoveredOn();
        discoveredById = d.discoveredById();
        departmentId = d.departmentId();
        decision = d.decision();
        decidedOn = d.decidedOn();
        followUpDueOn = d.followUpDueOn();
        followUpDoneOn = d.followUpDoneOn();
        followUpNote = Text.clean(d.followUpNote());
        hardwareSoftwareId = d.hardwareSoftwareId();
        systemId = d.systemId();
    }

    public long getVersion() {
        return version;
    }

    public UnmanagedAssetSummary toSummary() {
        return new UnmanagedAssetSummary(new UnmanagedAssetId(id), kind, name, foundWhere, discoveryMethod,
                discoveredOn, discoveredById, departmentId, decision, decidedOn, followUpDueOn, followUpDoneOn,
                followUpNote, hardwareSoftwareId, systemId, version);
    }
}
