package io.taisei.audit;

import io.taisei.audit.AuditVerification.Reason;

import java.time.Duration;
import java.time.Instant;

/**
 * One stored verification of the chain: when it ran, what started it and who, and its outcome (see
 * {@link AuditVerification} for the fields of the outcome). {@code checkpointSequence} is set when an exported
 * checkpoint was checked too.
 */
public record AuditVerificationRun(long id, Instant startedAt, Instant finishedAt, Trigger trigger, String actor,
                                   boolean valid, long entries, long headSequence, Long firstBrokenSequence,
                                   Long brokenEntryId, Reason reason, Long checkpointSequence) {

    /** What started a verification. */
    public enum Trigger {
        /** Someone pressed "verify" (or uploaded a checkpoint) on the audit page. */
        PAGE,
        /** A call of {@code /api/v1/audit/verify}. */
        API,
        /** {@code java -jar taisei.jar audit verify}. */
        COMMAND,
        /** The scheduled verification ({@code taisei.audit.verify-cron}). */
        SCHEDULED
    }

    /** How long ago it finished. */
    public Duration age(Instant now) {
        return Duration.between(finishedAt, now);
    }
}
