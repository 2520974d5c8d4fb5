package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import io.taisei.asset.LedgerReview;
import io.taisei.asset.LedgerReviewDraft;
import io.taisei.organization.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A review of a ledger, as recorded; never changed. */
@Entity
@Table(name = "ast_ledger_review")
public class LedgerReviewRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Ledger ledger;
    @Column(name = "reviewed_by_id", nullable = false, updatable = false)
    private Long reviewedById;
    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;
    @Column(length = 2000, updatable = false)
    private String note;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LedgerReviewRecord() {
    }

    LedgerReviewRecord(Ledger ledger, LedgerReviewDraft draft) {
        this.ledger = ledger;
        this.reviewedById = draft.reviewedById();
        this.reviewedOn = draft.reviewedOn();
        this.note = Text.clean(draft.note());
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public LedgerReview toSummary() {
        return new LedgerReview(id, ledger, new PersonId(reviewedById), reviewedOn, note);
    }
}
