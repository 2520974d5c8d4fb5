package io.taisei.audit;

import io.taisei.audit.AuditVerification.CheckpointCheck;
import io.taisei.audit.AuditVerification.Reason;
import io.taisei.audit.internal.AuditLedger;
import io.taisei.audit.internal.AuditQueries;
import io.taisei.audit.internal.AuditSealer;
import io.taisei.audit.internal.AuditSettings;
import io.taisei.audit.internal.ChainHead;
import io.taisei.audit.internal.ChainVerifier;
import io.taisei.audit.internal.CheckpointSigner;
import io.taisei.audit.internal.CheckpointStore;
import io.taisei.audit.internal.CsvExport;
import io.taisei.audit.internal.VerificationStore;
import io.taisei.platform.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading, verifying and checkpointing the audit trail. */
@Service
public class AuditManagement {

    private static final Logger log = LoggerFactory.getLogger(AuditManagement.class);
    public static final String CHECKPOINT_ACTION = "CHECKPOINT";
    public static final String EXPORT_ACTION = "EXPORT";
    public static final String VERIFY_ACTION = "VERIFY";

    private final ChainVerifier verifier;
    private final CheckpointSigner signer;
    private final CheckpointStore checkpoints;
    private final AuditQueries queries;
    private final AuditLedger ledger;
    private final AuditSealer sealer;
    private final AuditTrail trail;
    private final JdbcTemplate jdbc;
    private final VerificationStore verifications;
    private final TransactionTemplate ownTransaction;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    AuditManagement(ChainVerifier verifier, CheckpointSigner signer, CheckpointStore checkpoints, AuditQueries queries,
                    AuditLedger ledger, AuditSealer sealer, AuditTrail trail, JdbcTemplate jdbc, AuditSettings settings,
                    VerificationStore verifications, PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.signer = signer;
        this.checkpoints = checkpoints;
        this.queries = queries;
        this.ledger = ledger;
        this.sealer = sealer;
        this.trail = trail;
        this.jdbc = jdbc;
        this.verifications = verifications;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.zone = settings.zone();
    }

    /** Re-walks the whole chain and checks the entries waiting to be sealed (nothing is stored). */
    public AuditVerification verify() {
        return verifier.verify();
    }

    /**
     * Verifies the chain like {@link #verify()}, then stores the outcome (when, started by what and whom) and records
     * that in the trail, in a transaction of its own. Returns the outcome; {@link #lastVerification()} the stored run.
     */
    public AuditVerification verifyAndRecord(AuditVerificationRun.Trigger trigger) {
        Instant started = clock.instant();
        AuditVerification result = verify();
        record(result, started, trigger, null);
        return result;
    }

    /** Verifies the chain and an exported checkpoint like {@link #verify(AuditCheckpoint)} and stores the outcome. */
    public AuditVerification verifyAndRecord(AuditCheckpoint checkpoint, AuditVerificationRun.Trigger trigger) {
        Instant started = clock.instant();
        AuditVerification result = verify(checkpoint);
        record(result, started, trigger, null);
        return result;
    }

    /**
     * The scheduled verification ({@code taisei.audit.verify-cron}, nightly by default). On several nodes the first
     * to finish stores the day's run; the unique scheduled date refuses the others', which are then dropped.
     */
    @Scheduled(cron = "${taisei.audit.verify-cron:0 30 2 * * *}", zone = "${taisei.audit.zone:Asia/Tokyo}")
    public void verifyOnSchedule() {
        LocalDate today = LocalDate.now(zone);
        if (verifications.existsScheduledFor(today)) {
            return;
        }
        Instant started = clock.instant();
        AuditVerification result = verify();
        try {
            AuditVerificationRun run = record(result, started, AuditVerificationRun.Trigger.SCHEDULED, today);
            if (run.valid()) {
                log.info("Scheduled audit verification: {} entries intact", run.entries());
            } else {
                log.warn("Scheduled audit verification: the chain is broken at sequence {} / entry {} ({})",
                        run.firstBrokenSequence(), run.brokenEntryId(), run.reason());
            }
        } catch (org.springframework.dao.DuplicateKeyException e) {
            log.debug("Another node stored today's scheduled audit verification");
        }
    }

    private AuditVerificationRun record(AuditVerification result, Instant started, AuditVerificationRun.Trigger trigger,
                                        LocalDate scheduledDate) {
        Instant finished = clock.instant();
        String actor = Actor.current().describe();
        return ownTransaction.execute(status -> {
            AuditVerificationRun run = verifications.insert(result, started, finished, trigger, actor, scheduledDate);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("trigger", trigger.name());
            after.put("valid", run.valid());
            after.put("entries", run.entries());
            after.put("headSequence", run.headSequence());
            after.put("firstBrokenSequence", run.firstBrokenSequence());
            after.put("brokenEntryId", run.brokenEntryId());
            after.put("reason", run.reason() == null ? null : run.reason().name());
            after.put("checkpointSequence", run.checkpointSequence());
            trail.append(AuditRecord.of(VERIFY_ACTION, "audit.Verification", run.id(), null, after));
            return run;
        });
    }

    /** The newest stored verification, if any. */
    public Optional<AuditVerificationRun> lastVerification() {
        return verifications.latest();
    }

    /** The stored verifications, newest first. */
    public Page<AuditVerificationRun> verifications(Pageable pageable) {
        return verifications.page(pageable);
    }

    /**
     * Links every entry committed so far into the chain now, instead of within the next sealing interval (waits if
     * another node is sealing). Returns how many entries it sealed.
     */
    public long sealPending() {
        return sealer.sealAll();
    }

    /**
     * Re-walks the chain and checks an exported checkpoint against it: its signature, its key, and that the entry at
     * its sequence number still has exactly its hash (which a rewrite of the whole table cannot keep). Not in a
     * transaction of its own, so that the chain is read on several connections (see {@link ChainVerifier}).
     */
    public AuditVerification verify(AuditCheckpoint checkpoint) {
        validate(checkpoint);
        AuditVerification chain = verifier.verify();
        boolean signatureValid = CheckpointSigner.verify(checkpoint.publicKey(), checkpoint.signedPayload(),
                checkpoint.signature());
        boolean keyTrusted = signer.isTrusted(checkpoint.publicKey());
        Optional<String> stored = checkpoints.hashAt(checkpoint.seq());
        boolean hashMatches = stored.map(h -> h.equals(checkpoint.hash())).orElse(false);
        Reason failure = !signatureValid ? Reason.CHECKPOINT_SIGNATURE_INVALID
                : !keyTrusted ? Reason.CHECKPOINT_KEY_UNTRUSTED
                : stored.isEmpty() ? Reason.CHECKPOINT_ENTRY_MISSING
                : Reason.CHECKPOINT_HASH_MISMATCH;
        return chain.withCheckpoint(new CheckpointCheck(checkpoint.seq(), signatureValid, keyTrusted, hashMatches), failure);
    }

    /** Parses an exported checkpoint (JSON as written by {@link #exportJson}). */
    public static AuditCheckpoint parseCheckpoint(String json) {
        try {
            AuditCheckpoint checkpoint = io.taisei.audit.internal.CanonicalJson.MAPPER.readValue(json, AuditCheckpoint.class);
            validate(checkpoint);
            return checkpoint;
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidCheckpointException("not a Taisei audit checkpoint: " + e.getOriginalMessage());
        }
    }

    public static String exportJson(AuditCheckpoint checkpoint) {
        return io.taisei.audit.internal.CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(checkpoint);
    }

    private static void validate(AuditCheckpoint checkpoint) {
        if (checkpoint == null || !AuditCheckpoint.FORMAT.equals(checkpoint.format())
                || !AuditCheckpoint.ALGORITHM.equals(checkpoint.algorithm())) {
            throw new InvalidCheckpointException("format must be " + AuditCheckpoint.FORMAT + " and algorithm "
                    + AuditCheckpoint.ALGORITHM);
        }
        if (checkpoint.seq() < 1 || checkpoint.hash() == null || !checkpoint.hash().matches("[0-9a-f]{64}")
                || checkpoint.createdAt() == null || checkpoint.publicKey() == null || checkpoint.signature() == null) {
            throw new InvalidCheckpointException("seq, hash (64 hex digits), createdAt, publicKey and signature are required");
        }
    }

    /**
     * Seals what is waiting, signs the chain head and stores the checkpoint; the act itself is then appended to the
     * trail (and sealed with the next round).
     */
    @Transactional
    public AuditCheckpoint createCheckpoint() {
        return create(null).orElseThrow();
    }

    /**
     * The daily checkpoint. Safe on several nodes: the chain head lock serialises them (and the sealer), and the first to get it
     * signs the day; the others find the day done (and the unique scheduled_date would refuse a second one anyway).
     */
    @Scheduled(cron = "${taisei.audit.checkpoint-cron:0 0 2 * * *}", zone = "${taisei.audit.zone:Asia/Tokyo}")
    @Transactional
    public void createDailyCheckpoint() {
        LocalDate today = LocalDate.now(zone);
        try {
            create(today).ifPresent(c -> log.info("Signed the daily audit checkpoint at sequence {}", c.seq()));
        } catch (AuditTrailEmptyException e) {
            log.debug("No daily audit checkpoint: the trail is empty");
        }
    }

    private Optional<AuditCheckpoint> create(LocalDate scheduledDate) {
        ChainHead head = jdbc.execute((ConnectionCallback<ChainHead>) connection -> {
            ChainHead locked = ledger.lockHead(connection);
            AuditSealer.Sealed sealed;
            do {
                sealed = sealer.seal(connection, locked);
                locked = sealed.head();
            } while (sealed.count() > 0);
            return locked;
        });
        if (head.seq() == 0) {
            throw new AuditTrailEmptyException();
        }
        if (scheduledDate != null && checkpoints.existsScheduledFor(scheduledDate)) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String signature = signer.sign(AuditCheckpoint.signedPayload(head.seq(), head.hash(), now));
        String createdBy = Actor.current().describe();
        long id = checkpoints.insert(head.seq(), head.hash(), now, createdBy, signer.publicKey(), signature, scheduledDate);
        AuditCheckpoint checkpoint = new AuditCheckpoint(AuditCheckpoint.FORMAT, id, head.seq(), head.hash(), now,
                createdBy, AuditCheckpoint.ALGORITHM, signer.publicKey(), signature);
        trail.append(AuditRecord.of(CHECKPOINT_ACTION, "audit.Checkpoint", id, null,
                Map.of("seq", head.seq(), "hash", head.hash(), "publicKey", signer.publicKey())));
        return Optional.of(checkpoint);
    }

    public Optional<AuditCheckpoint> checkpoint(long id) {
        return checkpoints.find(id);
    }

    public Page<AuditCheckpoint> checkpoints(Pageable pageable) {
        return checkpoints.page(pageable);
    }

    public Page<AuditEntry> entries(AuditFilter filter, Pageable pageable) {
        return queries.page(filter, pageable);
    }

    public List<String> recordTypes() {
        return queries.recordTypes();
    }

    /** Records that someone exported the trail (who, with which filter); its own short transaction. */
    @Transactional
    public void recordExport(AuditFilter filter) {
        trail.append(AuditRecord.of(EXPORT_ACTION, "audit.Trail", null, null, filter));
    }

    /**
     * Writes the filtered trail as CSV (with BOM), streaming from the database. {@code header} are the column
     * titles in the reader's language.
     */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, List<String> header, Writer out) throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx").withZone(zone);
        out.write(CsvExport.BOM);
        CsvExport.row(out, header);
        try {
            queries.forEach(filter, e -> {
                try {
                    CsvExport.row(out, List.of(Long.toString(e.id()), e.seq() == null ? "" : Long.toString(e.seq()),
                            time.format(e.occurredAt()), e.actor(), e.action(), e.recordType(),
                            nullToEmpty(e.recordId()), nullToEmpty(e.beforeJson()), nullToEmpty(e.afterJson()),
                            nullToEmpty(e.contentHash()), nullToEmpty(e.prevHash()), nullToEmpty(e.hash())));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A checkpoint cannot be signed before anything was recorded. */
    public static class AuditTrailEmptyException extends RuntimeException {
        public AuditTrailEmptyException() {
            super("the audit trail is empty: nothing to checkpoint");
        }
    }

    /** An uploaded or posted checkpoint that is not one. */
    public static class InvalidCheckpointException extends IllegalArgumentException {
        public InvalidCheckpointException(String message) {
            super(message);
        }
    }
}
