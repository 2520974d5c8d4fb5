package io.taisei.audit;

import java.time.Instant;

/** One entry of the trail as stored; before and after are canonical JSON text (or null). */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorKind, String action,
                         String recordType, String recordId, String beforeJson, String afterJson,
                         String prevHash, String hash) {
}
