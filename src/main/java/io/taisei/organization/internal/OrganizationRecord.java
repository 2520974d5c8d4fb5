package io.taisei.organization.internal;

import io.taisei.organization.OrganizationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** What legal entities, departments and people share: a code, a status that ends in retirement, and a version. */
@MappedSuperclass
public abstract class OrganizationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrganizationStatus status = OrganizationStatus.ACTIVE;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    protected void setCode(String code) { this.code = code; }
    public OrganizationStatus getStatus() { return status; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    void retire(LocalDate on) {
        this.status = OrganizationStatus.RETIRED;
        this.retiredOn = on;
    }
}
