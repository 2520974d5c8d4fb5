package io.taisei.compliance.assessment;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A self-assessment campaign. Its state changes only through {@link AssessmentManagement}, which enforces the workflow. */
@Entity
@Table(name = "cmp_campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "legal_entity_id", nullable = false)
    private Long legalEntityId;

    @Column(name = "catalog_id", nullable = false)
    private Long catalogId;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false, length = 100)
    private String reviewer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_campaign_assessor", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> assessors = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "signed_off_by", length = 100)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    /** SHA-256 of the frozen snapshot; being a column of this audited entity, it reaches the audit trail. */
    @Column(name = "snapshot_sha256", length = 64)
    private String snapshotSha256;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(String name, Long legalEntityId, Long catalogId, LocalDate periodFrom, LocalDate periodTo,
             String reviewer, Set<String> assessors, String createdBy, Instant createdAt) {
        this.catalogId = catalogId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(name, legalEntityId, periodFrom, periodTo, reviewer, assessors);
    }

    void describe(String name, Long legalEntityId, LocalDate periodFrom, LocalDate periodTo, String reviewer,
                  Set<String> assessors) {
        this.name = name;
        this.legalEntityId = legalEntityId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.reviewer = reviewer;
        this.assessors.clear();
        this.assessors.addAll(assessors);
    }

    void submit(String by, Instant at) {
        status = CampaignStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    void accept(String by, Instant at, String comment) {
        status = CampaignStatus.REVIEWED;
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
    }

    void challenge(String by, Instant at, String comment) {
        status = CampaignStatus.DRAFT;
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
    }

    void signOff(String by, Instant at, String sha256) {
        status = CampaignStatus.SIGNED_OFF;
        signedOffBy = by;
        signedOffAt = at;
        snapshotSha256 = sha256;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getLegalEntityId() { return legalEntityId; }
    public Long getCatalogId() { return catalogId; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getReviewer() { return reviewer; }
    public Set<String> getAssessors() { return assessors; }
    public CampaignStatus getStatus() { return status; }
    public String getReviewComment() { return reviewComment; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getSignedOffBy() { return signedOffBy; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public String getSnapshotSha256() { return snapshotSha256; }
    public long getVersion() { return version; }
}
