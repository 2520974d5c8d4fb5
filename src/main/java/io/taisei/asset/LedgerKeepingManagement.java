package io.taisei.asset;

import io.taisei.asset.internal.LedgerKeepingService;
import io.taisei.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeping the ledgers current: each ledger's owner and review date, the reviews done, whether a review is due, and
 * each ledger's completeness score (the share of records with the fields the guideline requires) — which the
 * self-assessment reads.
 */
@Service
public class LedgerKeepingManagement {

    private final LedgerKeepingService service;
    private final ZoneId zone;

    LedgerKeepingManagement(LedgerKeepingService service, @Value("${taisei.audit.zone:Asia/Tokyo}") String zone) {
        this.service = service;
        this.zone = ZoneId.of(zone);
    }

    public List<LedgerOverview> overview() {
        return service.overview(LocalDate.now(zone));
    }

    public LedgerOverview overview(Ledger ledger) {
        return overview().stream().filter(o -> o.ledger() == ledger).findFirst().orElseThrow();
    }

    /** Whether the ledger's review is due; the ledger pages show it beside their tabs. */
    public ReviewState reviewState(Ledger ledger) {
        return service.reviewState(ledger, LocalDate.now(zone));
    }

    /** The review state of the ledger shown on a tab of the ledger pages, or null for tabs that are no ledger. */
    public ReviewState reviewStateOfTab(String tab) {
        for (Ledger ledger : Ledger.values()) {
            if (ledger.tab().equals(tab)) {
                return reviewState(ledger);
            }
        }
        return null;
    }

    /**
     * Sets who keeps the ledger and when it is reviewed.
     *
     * @param expectedVersion the version last read (-1 when none was set yet), or null to skip the check
     * @throws RuleViolationException when the owner is unknown or has left
     */
    public void keep(Ledger ledger, LedgerStewardshipDraft draft, Long expectedVersion) {
        service.keep(ledger, draft, expectedVersion);
    }

    /** Records a review; the next review moves one interval on from the day reviewed. */
    public LedgerReview recordReview(Ledger ledger, LedgerReviewDraft draft) {
        return service.recordReview(ledger, draft);
    }

    public Page<LedgerReview> reviews(Ledger ledger, Pageable pageable) {
        return service.reviews(ledger, pageable);
    }
}
