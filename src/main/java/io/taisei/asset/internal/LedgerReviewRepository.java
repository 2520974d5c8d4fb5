package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerReviewRepository extends JpaRepository<LedgerReviewRecord, Long> {

    Page<LedgerReviewRecord> findByLedger(Ledger ledger, Pageable pageable);
}
