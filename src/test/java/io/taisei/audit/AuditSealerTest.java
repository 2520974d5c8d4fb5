package io.taisei.audit;

import io.taisei.audit.AuditVerification.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealer that links committed entries into the hash chain. Background sealing is slowed down to once an hour
 * here, so each test decides when entries are sealed.
 */
@SpringBootTest(properties = "taisei.audit.seal-interval=1h")
class AuditSealerTest {

    @Autowired
    AuditManagement audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private long append(String id) {
        return tx().execute(s -> trail.append(AuditRecord.of("EXPORT", "test.Seal", id, null, Map.of("id", id))));
    }

    private long queued() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM aud_seal_queue", Long.class);
    }

    @Test
    void committedEntriesWaitInTheTrailAndAreSealedInTheOrderTheyWereRecorded() {
        audit.sealPending();
        long head = audit.verify().headSequence();
        long a = append("a");
        List<Long> bc = tx().execute(s -> trail.appendAll(List.of(
                AuditRecord.of("EXPORT", "test.Seal", "b", null, null),
                AuditRecord.of("EXPORT", "test.Seal", "c", null, null))));
        long d = append("d");

        AuditVerification waiting = audit.verify();
        assertThat(waiting.valid()).isTrue();
        assertThat(waiting.unsealedEntries()).isEqualTo(4);
        assertThat(AuditTestSupport.entriesOf(audit, "test.Seal", "a")).singleElement()
                .satisfies(e -> assertThat(e.sealed()).isFalse());

        assertThat(audit.sealPending()).isEqualTo(4);
        assertThat(List.of(a, bc.get(0), bc.get(1), d)).isSorted()
                .map(id -> AuditTestSupport.seqOf(jdbc, id))
                .containsExactly(head + 1, head + 2, head + 3, head + 4);
        AuditVerification sealed = audit.verify();
        assertThat(sealed.valid()).isTrue();
        assertThat(sealed.unsealedEntries()).isZero();
        assertThat(sealed.headSequence()).isEqualTo(head + 4);
        assertThat(AuditTestSupport.entriesOf(audit, "test.Seal", "d")).singleElement()
                .satisfies(e -> assertThat(e.seq()).isEqualTo(head + 4));
    }

    @Test
    void appendsFromEightThreadsWhileTwoSealersRaceEndUpLinkedExactlyOnceInAGapFreeChain() throws Exception {
        audit.sealPending();
        long start = audit.verify().headSequence();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean appending = new AtomicBoolean(true);
        try {
            List<Callable<List<Long>>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        ids.add(append(thread + "-" + i));
                    }
                    return ids;
                });
            }
            List<Future<Long>> sealers = new ArrayList<>();
            for (int s = 0; s < 2; s++) { // two nodes' sealers
                sealers.add(pool.submit(() -> {
                    long sealed = 0;
                    while (appending.get()) {
                        sealed += audit.sealPending();
                    }
                    return sealed;
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> f : pool.invokeAll(writers)) {
                ids.addAll(f.get());
            }
            appending.set(false);
            for (Future<Long> f : sealers) {
                f.get();
            }
            audit.sealPending();

            AuditVerification verification = audit.verify();
            assertThat(verification.valid()).as(verification.toString()).isTrue();
            assertThat(verification.unsealedEntries()).isZero();
            assertThat(verification.headSequence()).isEqualTo(start + 320);
            assertThat(ids).doesNotHaveDuplicates()
                    .map(id -> AuditTestSupport.seqOf(jdbc, id))
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(start + 1, start + 320).boxed().toList());
        } finally {
            appending.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackTransactionLeavesNeitherEntryNorQueueRow() {
        audit.sealPending();
        long entries = jdbc.queryForObject("SELECT COUNT(*) FROM aud_entry", Long.class);
        tx().executeWithoutResult(s -> {
            trail.appendAll(IntStream.range(0, 3).mapToObj(i -> AuditRecord.of("EXPORT", "test.Rollback", i, null, null)).toList());
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aud_entry", Long.class)).isEqualTo(entries);
        assertThat(queued()).isZero();
        assertThat(audit.sealPending()).isZero();
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anEntryAlteredBeforeItIsSealedIsReportedWithItsId() {
        long id = append("altered");
        AuditVerification result = tamperAndVerify(() ->
                AuditTestSupport.rewriteAfter(jdbc, id, "{\"id\":\"innocent\"}"));
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
        assertThat(result.brokenEntryId()).isEqualTo(id);
        assertThat(result.firstBrokenSequence()).isNull();
        audit.sealPending();
    }

    @Test
    void anEntryWhoseQueueRowWasRemovedIsReportedAsUnlinked() {
        long id = append("dequeued");
        AuditVerification result = tamperAndVerify(() -> jdbc.update("DELETE FROM aud_seal_queue WHERE entry_id = ?", id));
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(Reason.UNLINKED_ENTRY);
        assertThat(result.brokenEntryId()).isEqualTo(id);
        audit.sealPending();
    }

    @Test
    void aQueuedEntryThatWasDeletedIsReportedAsMissing() {
        long id = append("deleted");
        AuditVerification result = tamperAndVerify(() -> jdbc.update("DELETE FROM aud_entry WHERE id = ?", id));
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
        assertThat(result.brokenEntryId()).isEqualTo(id);
        audit.sealPending();
    }

    @Test
    void aCheckpointSealsWhatIsWaitingBeforeItSignsTheHead() {
        long id = append("before-checkpoint");
        AuditCheckpoint checkpoint = tx().execute(s -> audit.createCheckpoint());
        assertThat(checkpoint.seq()).isEqualTo(AuditTestSupport.seqOf(jdbc, id));
        assertThat(audit.verify(checkpoint).valid()).isTrue();
        audit.sealPending();
    }

    private AuditVerification tamperAndVerify(Runnable tampering) {
        return tx().execute(status -> {
            status.setRollbackOnly();
            AuditTestSupport.allowTampering(jdbc);
            tampering.run();
            return audit.verify();
        });
    }
}
