package io.taisei.audit;

/**
 * The result of re-walking the chain (and, when given, checking an exported checkpoint against it).
 *
 * @param valid               true when every link and entry is intact (and the checkpoint, if any, matches)
 * @param entries             how many sealed entries (chain links) were walked
 * @param firstBrokenSequence the first sequence number where the chain is broken, or null when valid (or when only
 *                            an entry not yet sealed is broken, see {@code brokenEntryId})
 * @param reason              null when valid, otherwise one of {@link Reason}
 * @param headSequence        the sequence number of the chain head that was verified
 * @param headHash            the hash of the chain head
 * @param unsealedEntries     committed entries still waiting for the sealer to link them (normally sealed within a
 *                            second; their content hashes were checked too)
 * @param brokenEntryId       the id of the entry at fault when it is not (or no longer) in the chain, else null
 * @param checkpoint          the outcome of the checkpoint check, or null when no checkpoint was given
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenSequence, Reason reason,
                                long headSequence, String headHash, long unsealedEntries, Long brokenEntryId,
                                CheckpointCheck checkpoint) {

    public enum Reason {
        /** An entry's content no longer matches its hash, or a link no longer matches its hash (altered row). */
        HASH_MISMATCH,
        /** A link's prev_hash is not the hash of the link before it (reordered or replaced rows). */
        PREVIOUS_HASH_MISMATCH,
        /** A sequence number or a linked (or queued) entry is missing (deleted row). */
        MISSING_ENTRY,
        /** An entry is neither linked into the chain nor waiting to be sealed (its link was removed). */
        UNLINKED_ENTRY,
        /** The chain head does not match the last link (rows removed or rewritten at the end). */
        HEAD_MISMATCH,
        /** The checkpoint's signature does not verify with its public key. */
        CHECKPOINT_SIGNATURE_INVALID,
        /** The checkpoint was signed by a key this installation does not trust. */
        CHECKPOINT_KEY_UNTRUSTED,
        /** The link at the checkpoint's sequence has another hash: the chain was rewritten. */
        CHECKPOINT_HASH_MISMATCH,
        /** The checkpoint names a sequence number the chain does not contain. */
        CHECKPOINT_ENTRY_MISSING
    }

    /** What was found about an exported checkpoint. */
    public record CheckpointCheck(long sequence, boolean signatureValid, boolean keyTrusted, boolean hashMatches) {
        public boolean valid() {
            return signatureValid && keyTrusted && hashMatches;
        }
    }

    public AuditVerification withCheckpoint(CheckpointCheck check, Reason failure) {
        if (!valid || check.valid()) {
            return new AuditVerification(valid, entries, firstBrokenSequence, reason, headSequence, headHash,
                    unsealedEntries, brokenEntryId, check);
        }
        return new AuditVerification(false, entries, check.sequence(), failure, headSequence, headHash,
                unsealedEntries, null, check);
    }
}
