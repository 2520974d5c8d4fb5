package io.taisei.asset;

import java.util.Set;

/**
 * Published when hardware/software ledger records were created or changed (product, version, identifiers or the
 * systems they run in), so that whatever was matched against them is matched again — these records only.
 */
public record LedgerSoftwareChanged(Set<Long> hardwareSoftwareIds) {
}
