package io.taisei.audit.internal;

/** An entry before it gets its place in the chain: everything but seq, time and hashes. */
public record EntryDraft(String actor, String actorKind, String action, String recordType, String recordId,
                         String beforeJson, String afterJson) {
}
