package io.taisei.audit;

import java.time.Instant;

/**
 * One entry of the trail as stored; before and after are canonical JSON text (or null). {@code id} is the entry's
 * own number (ascending in the order entries were recorded, with gaps where a transaction rolled back); {@code seq},
 * {@code prevHash} and {@code hash} are its place in the hash chain, null while the entry waits to be sealed
 * (normally less than a second).
 */
public record AuditEntry(long id, Long seq, Instant occurredAt, String actor, String actorKind, String action,
                         String recordType, String recordId, String beforeJson, String afterJson,
                         String contentHash, String prevHash, String hash) {

    public boolean sealed() {
        return seq != null;
    }
}
