package io.taisei.asset.internal;

import io.taisei.asset.EndOfSupportPlanDraft;
import io.taisei.asset.EndOfSupportPlanSummary;
import io.taisei.asset.HardwareSoftwareId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** The compensating measures and migration plan for one hardware or software record (2.3.4.1(3)). */
@Entity
@Table(name = "ast_end_of_support_plan")
public class EndOfSupportPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "hardware_software_id", nullable = false, updatable = false)
    private Long hardwareSoftwareId;
    @Column(name = "compensating_measures", length = 4000)
    private String compensatingMeasures;
    @Column(name = "migration_plan", length = 4000)
    private String migrationPlan;
    @Column(name = "migration_due_on")
    private LocalDate migrationDueOn;
    @Column(name = "migrated_on")
    private LocalDate migratedOn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected EndOfSupportPlan() {
    }

    EndOfSupportPlan(long hardwareSoftwareId) {
        this.hardwareSoftwareId = hardwareSoftwareId;
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

    void apply(EndOfSupportPlanDraft draft) {
        compensatingMeasures = Text.clean(draft.compensatingMeasures());
        migrationPlan = Text.clean(draft.migrationPlan());
        migrationDueOn = draft.migrationDueOn();
        migratedOn = draft.migratedOn();
    }

    public long getVersion() {
        return version;
    }

    public EndOfSupportPlanSummary toSummary() {
        return new EndOfSupportPlanSummary(new HardwareSoftwareId(hardwareSoftwareId), compensatingMeasures,
                migrationPlan, migrationDueOn, migratedOn, updatedAt, version);
    }
}
