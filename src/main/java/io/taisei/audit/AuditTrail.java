package io.taisei.audit;

import java.util.List;

/**
 * Appends entries to the hash-chained audit trail, in the caller's transaction (one must be active: the entry must
 * commit or roll back with the change it describes). Changes to JPA entities are recorded automatically; use this
 * for what is not an entity change (sign-in, export, approval decisions...).
 */
public interface AuditTrail {

    /** Appends one entry and returns its sequence number. */
    long append(AuditRecord record);

    /** Appends several entries under one lock of the chain head; returns their sequence numbers in order. */
    List<Long> appendAll(List<AuditRecord> records);
}
