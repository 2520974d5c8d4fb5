package io.taisei.audit;

import io.taisei.audit.AuditVerification.Reason;
import io.taisei.audit.internal.ChainHasher;
import io.taisei.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tampering is simulated with plain JDBC inside a transaction that is rolled back afterwards, so the shared test
 * database keeps an intact chain for the other tests. Verification joins that transaction and so sees the damage.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TamperDetectionTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    AuditManagement audit;
    @Autowired
    AuditTrail trail;

    long first;

    @BeforeEach
    void appendTenEntries() {
        List<Long> seqs = new TransactionTemplate(transactionManager).execute(s -> trail.appendAll(
                java.util.stream.IntStream.range(0, 10)
                        .mapToObj(i -> AuditRecord.of(AuditRecord.UPDATE, "test.Tamper", i, Map.of("v", i), Map.of("v", i + 1)))
                        .toList()));
        audit.sealPending();
        first = AuditTestSupport.seqOf(jdbc, seqs.get(0));
        assertThat(AuditTestSupport.seqOf(jdbc, seqs.get(9))).as("sealed in order").isEqualTo(first + 9);
        assertThat(audit.verify().valid()).isTrue();
    }

    private AuditVerification tamperAndVerify(Runnable tampering) {
        return tamperAndVerify(tampering, audit::verify);
    }

    private AuditVerification tamperAndVerify(Runnable tampering, Supplier<AuditVerification> verification) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            AuditTestSupport.holdTheSealerOff(jdbc);
            AuditTestSupport.allowTampering(jdbc);
            tampering.run();
            return verification.get();
        });
    }

    @Test
    void anAlteredAfterValueIsReportedWithItsSequenceNumber() {
        long target = first + 4;
        long entry = AuditTestSupport.entryAt(jdbc, target);
        AuditVerification result = tamperAndVerify(() -> {
            AuditTestSupport.rewriteAfter(jdbc, entry, "{\"v\":999}");
            assertThat(AuditTestSupport.afterOf(jdbc, entry)).as("what the trail now shows").isEqualTo("{\"v\":999}");
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
        assertThat(audit.verify().valid()).as("rolled back").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"actor = 'user:mallory'", "actor_kind = 'TOKEN'", "action = 'DELETE'",
            "record_type = 'test.Other'", "record_id = '77'", "record_id = NULL",
            "occurred_at = occurred_at + INTERVAL '1' SECOND"})
    void anAlteredColumnThatIsShownOrFilteredOnIsReportedWithItsSequenceNumber(String change) {
        long target = first + 1;
        AuditVerification result = tamperAndVerify(() ->
                jdbc.update("UPDATE aud_entry SET " + change + " WHERE id = ?", AuditTestSupport.entryAt(jdbc, target)));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void anActorChangedToNonAsciiTextIsReportedToo() {
        long target = first + 1;
        AuditVerification result = tamperAndVerify(() -> jdbc.update(
                "UPDATE aud_entry SET actor = 'user:佐藤' WHERE id = ?", AuditTestSupport.entryAt(jdbc, target)));
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
    }

    @Test
    void aContentThatIsNotWellFormedIsReportedWithItsSequenceNumber() {
        long target = first + 6;
        long entry = AuditTestSupport.entryAt(jdbc, target);
        AuditVerification result = tamperAndVerify(() -> {
            byte[] content = jdbc.queryForObject("SELECT content FROM aud_entry WHERE id = ?", byte[].class, entry);
            jdbc.update("UPDATE aud_entry SET content = ? WHERE id = ?",
                    java.util.Arrays.copyOf(content, content.length - 1), entry);
            AuditTestSupport.recomputeContentHash(jdbc, entry);
        });
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void anAlteredContentHashIsReportedWithItsSequenceNumber() {
        long target = first + 5;
        AuditVerification result = tamperAndVerify(() -> jdbc.update("UPDATE aud_entry SET content_hash = ? WHERE id = ?",
                "a".repeat(64), AuditTestSupport.entryAt(jdbc, target)));
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void anEntryAlteredTogetherWithItsContentHashIsReportedByItsLink() {
        long target = first + 2;
        long entry = AuditTestSupport.entryAt(jdbc, target);
        AuditVerification result = tamperAndVerify(() -> {
            AuditTestSupport.rewriteAfter(jdbc, entry, "{\"v\":-1}");
            AuditTestSupport.recomputeContentHash(jdbc, entry);
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void anAlteredLinkIsReportedWithItsSequenceNumber() {
        long target = first + 7;
        AuditVerification result = tamperAndVerify(() ->
                jdbc.update("UPDATE aud_link SET hash = ? WHERE seq = ?", "e".repeat(64), target));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void aDeletedSealedEntryIsReportedWithItsSequenceNumber() {
        long target = first + 3;
        AuditVerification result = tamperAndVerify(() ->
                jdbc.update("DELETE FROM aud_entry WHERE id = ?", AuditTestSupport.entryAt(jdbc, target)));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }

    @Test
    void aDeletedLinkIsReportedAsTheMissingSequenceNumber() {
        long target = first + 3;
        AuditVerification result = tamperAndVerify(() -> jdbc.update("DELETE FROM aud_link WHERE seq = ?", target));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }

    @Test
    void deletedRowsAtTheEndAreReportedAgainstTheChainHead() {
        audit.sealPending();
        long head = audit.verify().headSequence();
        AuditVerification result = tamperAndVerify(() -> {
            jdbc.update("DELETE FROM aud_entry WHERE id IN (SELECT entry_id FROM aud_link WHERE seq >= ?)", head - 1);
            jdbc.update("DELETE FROM aud_link WHERE seq >= ?", head - 1);
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(head - 1);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }

    @Test
    void reorderedRowsAreReportedAtTheFirstMovedSequenceNumber() {
        long a = first + 5;
        long b = first + 6;
        AuditVerification result = tamperAndVerify(() -> {
            jdbc.update("UPDATE aud_link SET seq = -1 WHERE seq = ?", a);
            jdbc.update("UPDATE aud_link SET seq = ? WHERE seq = ?", a, b);
            jdbc.update("UPDATE aud_link SET seq = ? WHERE seq = -1", b);
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(a);
        assertThat(result.reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void thePostgresTriggerRefusesUpdateDeleteAndTruncate() {
        assumeTrue(TestDatabase.isPostgres(), "the append-only trigger exists on PostgreSQL only");
        long entry = AuditTestSupport.entryAt(jdbc, first);
        for (String sql : List.of("UPDATE aud_entry SET actor = 'user:mallory' WHERE id = " + entry,
                "DELETE FROM aud_entry WHERE id = " + entry, "TRUNCATE aud_entry",
                "UPDATE aud_link SET entry_id = 0 WHERE seq = " + first, "DELETE FROM aud_link WHERE seq = " + first,
                "TRUNCATE aud_link")) {
            assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> jdbc.execute(sql)))
                    .as(sql).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            long queued = trail.append(AuditRecord.of("EXPORT", "test.Queue", null, null, null));
            jdbc.update("UPDATE aud_seal_queue SET entry_id = 0 WHERE entry_id = ?", queued);
        })).as("the seal queue").isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aCheckpointDetectsAFullyRewrittenChain() {
        AuditCheckpoint checkpoint = new TransactionTemplate(transactionManager).execute(s -> audit.createCheckpoint());
        AuditCheckpoint exported = AuditManagement.parseCheckpoint(AuditManagement.exportJson(checkpoint));
        assertThat(audit.verify(exported).valid()).isTrue();

        AuditVerification[] plain = new AuditVerification[1];
        AuditVerification withCheckpoint = tamperAndVerify(() -> {
            long entry = AuditTestSupport.entryAt(jdbc, first);
            jdbc.update("UPDATE aud_entry SET actor = 'user:mallory' WHERE id = ?", entry);
            rewriteAllHashes(entry);
            plain[0] = audit.verify();
        }, () -> audit.verify(exported));

        assertThat(plain[0].valid()).as("a consistent rewrite fools the plain chain check").isTrue();
        assertThat(withCheckpoint.valid()).isFalse();
        assertThat(withCheckpoint.reason()).isEqualTo(Reason.CHECKPOINT_HASH_MISMATCH);
        assertThat(withCheckpoint.firstBrokenSequence()).isEqualTo(checkpoint.seq());
        assertThat(withCheckpoint.checkpoint().signatureValid()).isTrue();
    }

    @Test
    void aTamperedCheckpointSignatureIsDetected() {
        AuditCheckpoint checkpoint = new TransactionTemplate(transactionManager).execute(s -> audit.createCheckpoint());
        // claim another hash for the same signature
        AuditCheckpoint forged = new AuditCheckpoint(checkpoint.format(), checkpoint.id(), checkpoint.seq(),
                "f".repeat(64), checkpoint.createdAt(), checkpoint.createdBy(), checkpoint.algorithm(),
                checkpoint.publicKey(), checkpoint.signature());
        AuditVerification result = audit.verify(forged);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(Reason.CHECKPOINT_SIGNATURE_INVALID);
        assertThat(result.checkpoint().signatureValid()).isFalse();
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsNotTrusted() throws Exception {
        AuditCheckpoint real = new TransactionTemplate(transactionManager).execute(s -> audit.createCheckpoint());
        KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(attacker.getPrivate());
        signer.update(real.signedPayload());
        AuditCheckpoint foreign = new AuditCheckpoint(real.format(), real.id(), real.seq(), real.hash(), real.createdAt(),
                real.createdBy(), real.algorithm(), Base64.getEncoder().encodeToString(attacker.getPublic().getEncoded()),
                Base64.getEncoder().encodeToString(signer.sign()));
        AuditVerification result = audit.verify(foreign);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(Reason.CHECKPOINT_KEY_UNTRUSTED);
        assertThat(result.checkpoint().signatureValid()).isTrue();
    }

    /**
     * What an attacker with write access would do: make the altered entry's content agree with its columns, recompute
     * every content hash and link after the change, and the head.
     */
    private void rewriteAllHashes(long alteredEntry) {
        ChainHasher hasher = new ChainHasher();
        jdbc.query("SELECT occurred_at, actor, actor_kind, action, record_type, record_id, content FROM aud_entry "
                + "WHERE id = ?", rs -> {
            io.taisei.audit.internal.EntryContent old = new io.taisei.audit.internal.EntryContent();
            old.parse(rs.getBytes(7));
            jdbc.update("UPDATE aud_entry SET content = ? WHERE id = ?", hasher.content(
                    ChainHasher.micros(rs.getObject(1, OffsetDateTime.class).toInstant()), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    old.text(io.taisei.audit.internal.EntryContent.BEFORE),
                    old.text(io.taisei.audit.internal.EntryContent.AFTER)), alteredEntry);
        }, alteredEntry);
        jdbc.queryForList("SELECT id FROM aud_entry", Long.class).forEach(id -> AuditTestSupport.recomputeContentHash(jdbc, id));
        String[] prev = {ChainHasher.GENESIS};
        jdbc.query("SELECT l.seq, l.entry_id, e.content_hash FROM aud_link l JOIN aud_entry e ON e.id = l.entry_id "
                + "ORDER BY l.seq", rs -> {
            long seq = rs.getLong(1);
            String hash = hasher.linkHash(seq, rs.getLong(2), rs.getString(3), prev[0]);
            jdbc.update("UPDATE aud_link SET format = 2, prev_hash = ?, hash = ? WHERE seq = ?", prev[0], hash, seq);
            prev[0] = hash;
        });
        jdbc.update("UPDATE aud_chain_head SET last_hash = ? WHERE id = 1", prev[0]);
    }
}
