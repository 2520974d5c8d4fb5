package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import io.taisei.asset.LedgerOverview;
import io.taisei.asset.LedgerReview;
import io.taisei.asset.LedgerReviewDraft;
import io.taisei.asset.LedgerStewardshipDraft;
import io.taisei.asset.ReviewState;
import io.taisei.organization.PersonId;
import io.taisei.platform.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Keeping the ledgers current: each ledger's owner, review interval and next review date; the reviews done; and the
 * completeness score — the share of records holding the fields the guideline requires — counted by the database.
 */
@Service
@Transactional
public class LedgerKeepingService {

    static final int DUE_SOON_DAYS = 30;

    /**
     * What "complete" means per ledger, counted in one statement. Systems: an owner (C/I/A ratings are required on
     * entry, so every system has them) — retired systems are not counted; hardware and software: a version and a
     * support end date; data: a classification (required on entry) and where it is stored; zones: their address
     * ranges; connections: the data that flows (the direction is required on entry).
     */
    private static final String COMPLETENESS = """
            SELECT 'SYSTEMS' AS ledger, COUNT(*) AS records,
                   COUNT(CASE WHEN owner_id IS NOT NULL THEN 1 END) AS complete
              FROM ast_system WHERE lifecycle <> 'RETIRED'
            UNION ALL
            SELECT 'HARDWARE_SOFTWARE', COUNT(*),
                   COUNT(CASE WHEN product_version IS NOT NULL AND support_ends_on IS NOT NULL THEN 1 END)
              FROM ast_hardware_software
            UNION ALL
            SELECT 'DATA', COUNT(*),
                   COUNT(CASE WHEN EXISTS (SELECT 1 FROM ast_data_stored_in s WHERE s.data_id = d.id) THEN 1 END)
              FROM ast_data d
            UNION ALL
            SELECT 'NETWORK_ZONES', COUNT(*), COUNT(CASE WHEN address_ranges IS NOT NULL THEN 1 END)
              FROM ast_network_zone
            UNION ALL
            SELECT 'CONNECTIONS', COUNT(*),
                   COUNT(CASE WHEN EXISTS (SELECT 1 FROM ast_connection_data x WHERE x.connection_id = c.id)
                         THEN 1 END)
              FROM ast_connection c
            """;

    private final LedgerStewardshipRepository stewardships;
    private final LedgerReviewRepository reviews;
    private final OwnerCheck owners;
    private final JdbcTemplate jdbc;

    LedgerKeepingService(LedgerStewardshipRepository stewardships, LedgerReviewRepository reviews, OwnerCheck owners,
                         JdbcTemplate jdbc) {
        this.stewardships = stewardships;
        this.reviews = reviews;
        this.owners = owners;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<LedgerOverview> overview(LocalDate today) {
        Map<Ledger, long[]> counts = new EnumMap<>(Ledger.class);
        jdbc.query(COMPLETENESS, row -> {
            counts.put(Ledger.valueOf(row.getString(1)), new long[]{row.getLong(2), row.getLong(3)});
        });
        Map<Ledger, LedgerStewardship> kept = new EnumMap<>(Ledger.class);
        stewardships.findAll().forEach(s -> kept.put(s.getLedger(), s));
        List<LedgerOverview> result = new ArrayList<>();
        for (Ledger ledger : Ledger.values()) {
            long[] count = counts.getOrDefault(ledger, new long[2]);
            LedgerStewardship s = kept.get(ledger);
            result.add(s == null
                    ? new LedgerOverview(ledger, count[0], count[1], null, LedgerStewardship.DEFAULT_INTERVAL_MONTHS,
                    null, null, ReviewState.NOT_SCHEDULED, -1)
                    : new LedgerOverview(ledger, count[0], count[1],
                    s.getOwnerId() == null ? null : new PersonId(s.getOwnerId()), s.getReviewIntervalMonths(),
                    s.getLastReviewedOn(), s.getNextReviewOn(), state(s.getNextReviewOn(), today), s.getVersion()));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public ReviewState reviewState(Ledger ledger, LocalDate today) {
        return stewardships.findByLedger(ledger).map(s -> state(s.getNextReviewOn(), today))
                .orElse(ReviewState.NOT_SCHEDULED);
    }

    static ReviewState state(LocalDate nextReviewOn, LocalDate today) {
        if (nextReviewOn == null) {
            return ReviewState.NOT_SCHEDULED;
        }
        if (nextReviewOn.isBefore(today)) {
            return ReviewState.OVERDUE;
        }
        return nextReviewOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? ReviewState.CURRENT : ReviewState.DUE_SOON;
    }

    /** @param expectedVersion the version last read (-1 when there was no stewardship yet), or null to skip */
    public void keep(Ledger ledger, LedgerStewardshipDraft draft, Long expectedVersion) {
        owners.check(draft.ownerId());
        var existing = stewardships.findByLedger(ledger);
        long current = existing.map(LedgerStewardship::getVersion).orElse(-1L);
        if (expectedVersion != null && expectedVersion != current) {
            throw new OptimisticLockingFailureException("stale version");
        }
        LedgerStewardship stewardship = existing.orElseGet(() -> new LedgerStewardship(ledger));
        stewardship.apply(draft);
        stewardships.saveAndFlush(stewardship);
    }

    public LedgerReview recordReview(Ledger ledger, LedgerReviewDraft draft) {
        try {
            owners.check(draft.reviewedById());
        } catch (RuleViolationException unknown) {
            throw RuleViolationException.invalid("reviewedById", unknown.messageKey());
        }
        LedgerReviewRecord review = reviews.saveAndFlush(new LedgerReviewRecord(ledger, draft));
        LedgerStewardship stewardship = stewardships.findByLedger(ledger).orElseGet(() -> new LedgerStewardship(ledger));
        stewardship.reviewed(draft.reviewedOn());
        stewardships.saveAndFlush(stewardship);
        return review.toSummary();
    }

    @Transactional(readOnly = true)
    public Page<LedgerReview> reviews(Ledger ledger, Pageable pageable) {
        return reviews.findByLedger(ledger, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("reviewedOn"), Sort.Order.desc("id")))).map(LedgerReviewRecord::toSummary);
    }
}
