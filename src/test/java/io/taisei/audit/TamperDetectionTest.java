package io.taisei.audit;

import io.taisei.audit.AuditVerification.Reason;
import io.taisei.audit.internal.ChainHasher;
import io.taisei.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
        first = seqs.get(0);
        assertThat(audit.verify().valid()).isTrue();
    }

    private AuditVerification tamperAndVerify(Runnable tampering) {
        return tamperAndVerify(tampering, audit::verify);
    }

    private AuditVerification tamperAndVerify(Runnable tampering, Supplier<AuditVerification> verification) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            AuditTestSupport.allowTampering(jdbc);
            tampering.run();
            return verification.get();
        });
    }

    @Test
    void anAlteredRowIsReportedWithItsSequenceNumber() {
        long target = first + 4;
        AuditVerification result = tamperAndVerify(() ->
                jdbc.update("UPDATE aud_entry SET after_json = '{\"v\":999}' WHERE seq = ?", target));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
        assertThat(audit.verify().valid()).as("rolled back").isTrue();
    }

    @Test
    void anAlteredActorIsReportedToo() {
        long target = first + 1;
        AuditVerification result = tamperAndVerify(() ->
                jdbc.update("UPDATE aud_entry SET actor = 'user:mallory' WHERE seq = ?", target));
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
    }

    @Test
    void aDeletedRowIsReportedAsTheMissingSequenceNumber() {
        long target = first + 3;
        AuditVerification result = tamperAndVerify(() -> jdbc.update("DELETE FROM aud_entry WHERE seq = ?", target));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(target);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }

    @Test
    void deletedRowsAtTheEndAreReportedAgainstTheChainHead() {
        long head = audit.verify().headSequence();
        AuditVerification result = tamperAndVerify(() -> jdbc.update("DELETE FROM aud_entry WHERE seq >= ?", head - 1));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(head - 1);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }

    @Test
    void reorderedRowsAreReportedAtTheFirstMovedSequenceNumber() {
        long a = first + 5;
        long b = first + 6;
        AuditVerification result = tamperAndVerify(() -> {
            jdbc.update("UPDATE aud_entry SET seq = -1 WHERE seq = ?", a);
            jdbc.update("UPDATE aud_entry SET seq = ? WHERE seq = ?", a, b);
            jdbc.update("UPDATE aud_entry SET seq = ? WHERE seq = -1", b);
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(a);
        assertThat(result.reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void thePostgresTriggerRefusesUpdateDeleteAndTruncate() {
        assumeTrue(TestDatabase.isPostgres(), "the append-only trigger exists on PostgreSQL only");
        for (String sql : List.of("UPDATE aud_entry SET actor = 'user:mallory' WHERE seq = " + first,
                "DELETE FROM aud_entry WHERE seq = " + first, "TRUNCATE aud_entry")) {
            assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> jdbc.execute(sql)))
                    .as(sql).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aCheckpointDetectsAFullyRewrittenChain() {
        AuditCheckpoint checkpoint = new TransactionTemplate(transactionManager).execute(s -> audit.createCheckpoint());
        AuditCheckpoint exported = AuditManagement.parseCheckpoint(AuditManagement.exportJson(checkpoint));
        assertThat(audit.verify(exported).valid()).isTrue();

        AuditVerification[] plain = new AuditVerification[1];
        AuditVerification withCheckpoint = tamperAndVerify(() -> {
            jdbc.update("UPDATE aud_entry SET actor = 'user:mallory' WHERE seq = ?", first);
            rewriteAllHashes();
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

    /** What an attacker with write access would do: recompute every hash after the change, and the head. */
    private void rewriteAllHashes() {
        ChainHasher hasher = new ChainHasher();
        String[] prev = {ChainHasher.GENESIS};
        jdbc.query("SELECT seq, occurred_at, actor, actor_kind, action, record_type, record_id, before_json, after_json "
                + "FROM aud_entry ORDER BY seq", rs -> {
            long seq = rs.getLong(1);
            String hash = hasher.hash(seq, ChainHasher.micros(rs.getObject(2, OffsetDateTime.class).toInstant()),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9), prev[0]);
            jdbc.update("UPDATE aud_entry SET prev_hash = ?, hash = ? WHERE seq = ?", prev[0], hash, seq);
            prev[0] = hash;
        });
        jdbc.update("UPDATE aud_chain_head SET last_hash = ? WHERE id = 1", prev[0]);
    }
}
