package io.taisei.asset.sbom.internal;

import io.taisei.asset.SystemId;
import io.taisei.asset.sbom.SbomFormat;
import io.taisei.asset.sbom.SbomSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One uploaded SBOM file of a system: written once through JPA, so that the upload is in the audit trail; never
 * changed afterwards (a new file is a new version).
 */
@Entity
@Table(name = "ast_sbom")
public class SbomVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SbomFormat format;
    @Column(name = "spec_version", nullable = false, length = 10, updatable = false)
    private String specVersion;
    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;
    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;
    @Column(name = "serial_number", length = 1000, updatable = false)
    private String serialNumber;
    @Column(name = "subject_name", length = 500, updatable = false)
    private String subjectName;
    @Column(name = "subject_version", length = 200, updatable = false)
    private String subjectVersion;
    @Column(name = "component_count", nullable = false, updatable = false)
    private int componentCount;
    @Column(name = "dependency_count", nullable = false, updatable = false)
    private int dependencyCount;
    @Column(name = "uploaded_by", nullable = false, length = 200, updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected SbomVersion() {
    }

    public SbomVersion(long systemId, ParsedSbom parsed, String fileName, String sha256, String uploadedBy, Instant uploadedAt) {
        this.systemId = systemId;
        this.format = parsed.format();
        this.specVersion = parsed.specVersion();
        this.fileName = Texts.fit(fileName, 255);
        this.sha256 = sha256;
        this.serialNumber = Texts.fit(parsed.serialNumber(), 1000);
        this.subjectName = Texts.fit(parsed.subjectName(), 500);
        this.subjectVersion = Texts.fit(parsed.subjectVersion(), 200);
        this.componentCount = parsed.components().size();
        this.dependencyCount = parsed.dependencies().size();
        this.uploadedBy = Texts.fit(uploadedBy, 200);
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getSystemId() {
        return systemId;
    }

    public SbomSummary toSummary() {
        return new SbomSummary(id, new SystemId(systemId), format, specVersion, fileName, sha256, serialNumber,
                subjectName, subjectVersion, componentCount, dependencyCount, uploadedBy, uploadedAt);
    }
}
