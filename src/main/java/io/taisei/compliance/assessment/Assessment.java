package io.taisei.compliance.assessment;

import io.taisei.compliance.ItemKind;
import jakarta.persistence.*;

import java.time.Instant;

/** One catalog item within a campaign: the assessors' answer and the reviewer's challenge, if any. */
@Entity
@Table(name = "cmp_assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "item_key", nullable = false, length = 40)
    private String itemKey;

    @Column(name = "section_number", nullable = false, length = 20)
    private String sectionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AssessmentStatus status;

    @Column(name = "na_reason", length = 2000)
    private String notApplicableReason;

    @Column(name = "maturity_note", length = 2000)
    private String maturityNote;

    @Column(name = "answer_comment", length = 4000)
    private String comment;

    @Column(length = 200)
    private String owner;

    @Column(length = 2000)
    private String challenge;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(Long campaignId, Long itemId, String itemKey, String sectionNumber, ItemKind kind, int position) {
        this.campaignId = campaignId;
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.sectionNumber = sectionNumber;
        this.kind = kind;
        this.position = position;
    }

    void answer(AnswerDraft answer, String by, Instant at) {
        this.status = answer.status();
        this.notApplicableReason = answer.status() == AssessmentStatus.NOT_APPLICABLE ? answer.notApplicableReason() : null;
        this.maturityNote = answer.maturityNote();
        this.comment = answer.comment();
        this.owner = answer.owner();
        this.answeredBy = by;
        this.answeredAt = at;
        // the assessor has responded to the reviewer's challenge; the next review starts afresh
        this.challenge = null;
    }

    void challenge(String text) {
        this.challenge = text;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getItemId() { return itemId; }
    public String getItemKey() { return itemKey; }
    public String getSectionNumber() { return sectionNumber; }
    public ItemKind getKind() { return kind; }
    public int getPosition() { return position; }
    public AssessmentStatus getStatus() { return status; }
    public String getNotApplicableReason() { return notApplicableReason; }
    public String getMaturityNote() { return maturityNote; }
    public String getComment() { return comment; }
    public String getOwner() { return owner; }
    public String getChallenge() { return challenge; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public long getVersion() { return version; }
}
