package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import io.taisei.asset.LedgerStewardshipDraft;
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

/** Who keeps one ledger and when it is reviewed next. */
@Entity
@Table(name = "ast_ledger_stewardship")
public class LedgerStewardship {

    static final int DEFAULT_INTERVAL_MONTHS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Ledger ledger;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(name = "review_interval_months", nullable = false)
    private int reviewIntervalMonths = DEFAULT_INTERVAL_MONTHS;
    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;
    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected LedgerStewardship() {
    }

    LedgerStewardship(Ledger ledger) {
        this.ledger = ledger;
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

    void apply(LedgerStewardshipDraft draft) {
        ownerId = draft.ownerId();
        reviewIntervalMonths = draft.reviewIntervalMonths();
        nextReviewOn = draft.nextReviewOn();
    }

    /** A review done on {@code day} moves the next review one interval on from it. */
    void reviewed(LocalDate day) {
        if (lastReviewedOn == null || !day.isBefore(lastReviewedOn)) {
            lastReviewedOn = day;
            nextReviewOn = day.plusMonths(reviewIntervalMonths);
        }
    }

    public Ledger getLedger() {
        return ledger;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public int getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public long getVersion() {
        return version;
    }
}
