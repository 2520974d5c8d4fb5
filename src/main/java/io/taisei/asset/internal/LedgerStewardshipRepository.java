package io.taisei.asset.internal;

import io.taisei.asset.Ledger;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface LedgerStewardshipRepository extends JpaRepository<LedgerStewardship, Long> {

    Optional<LedgerStewardship> findByLedger(Ledger ledger);
}
