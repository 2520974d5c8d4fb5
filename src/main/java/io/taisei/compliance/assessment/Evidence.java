package io.taisei.compliance.assessment;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * Evidence for one assessment: a link (relative Taisei path) or an uploaded file. A file's bytes are kept beside this
 * row in {@code cmp_evidence_content}; this audited row carries its SHA-256, so the trail shows what was attached.
 */
@Entity
@Table(name = "cmp_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EvidenceKind kind;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(length = 1000)
    private String href;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Evidence() {
    }

    static Evidence link(Long assessmentId, String label, String href, String by, Instant at) {
        Evidence e = new Evidence(assessmentId, EvidenceKind.LINK, label, by, at);
        e.href = href;
        return e;
    }

    static Evidence file(Long assessmentId, String label, String fileName, String contentType, long size,
                         String sha256, String by, Instant at) {
        Evidence e = new Evidence(assessmentId, EvidenceKind.FILE, label, by, at);
        e.fileName = fileName;
        e.contentType = contentType;
        e.sizeBytes = size;
        e.sha256 = sha256;
        return e;
    }

    private Evidence(Long assessmentId, EvidenceKind kind, String label, String by, Instant at) {
        this.assessmentId = assessmentId;
        this.kind = kind;
        this.label = label;
        this.addedBy = by;
        this.addedAt = at;
    }

    public Long getId() { return id; }
    public Long getAssessmentId() { return assessmentId; }
    public EvidenceKind getKind() { return kind; }
    public String getLabel() { return label; }
    public String getHref() { return href; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
