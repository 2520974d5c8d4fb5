package io.taisei.audit;

import java.util.List;

/**
 * Appends entries to the hash-chained audit trail, in the caller's transaction (one must be active: the entry must
 * commit or roll back with the change it describes). Changes to JPA entities are recorded automatically; use this
 * for what is not an entity change (sign-in, export, approval decisions...).
 */
public interface AuditTrail {

    /**
     * Appends one entry and returns its entry id. The entry is linked into the hash chain (and gets its sequence
     * number) by the sealer shortly after the transaction commits.
     */
    long append(AuditRecord record);

    /** Appends several entries, in this order; returns their entry ids (ascending). */
    List<Long> appendAll(List<AuditRecord> records);
}
