package io.taisei.audit.internal;

import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerification.Reason;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trail recorded before sealing existed (one table, each row hashed with its sequence number and the previous
 * hash) keeps its chain through the migration: its rows become format-1 links with their original hashes, so
 * checkpoints signed earlier still match, and new entries are sealed after them.
 */
class LegacyChainMigrationTest {

    JdbcTemplate jdbc;
    DataSourceTransactionManager transactions;
    String[] legacyHashes = new String[3];

    @BeforeEach
    void legacyTrailMigrated() {
        migrate(() -> { });
    }

    /** A legacy trail of three entries, {@code beforeMigration} done to it, then every later migration. */
    private void migrate(Runnable beforeMigration) {
        JdbcDataSource dataSource = InMemoryAuditDatabase.empty("legacy");
        jdbc = new JdbcTemplate(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        InMemoryAuditDatabase.migrations(dataSource).target("202611261000").load().migrate();

        ChainHasher hasher = new ChainHasher();
        String prev = ChainHasher.GENESIS;
        Instant at = Instant.parse("2026-11-20T01:02:03.456789Z");
        for (int seq = 1; seq <= 3; seq++) {
            String after = "{\"n\":" + seq + "}";
            String hash = hasher.hash(seq, ChainHasher.micros(at), "user:alice", "USER", "UPDATE", "legacy.Thing",
                    "t" + seq, null, after, prev);
            jdbc.update("INSERT INTO aud_entry (seq, occurred_at, actor, actor_kind, action, record_type, record_id, "
                            + "before_json, after_json, prev_hash, hash) VALUES (?, ?, 'user:alice', 'USER', 'UPDATE', "
                            + "'legacy.Thing', ?, NULL, ?, ?, ?)", seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                    "t" + seq, after, prev, hash);
            legacyHashes[seq - 1] = hash;
            prev = hash;
        }
        jdbc.update("UPDATE aud_chain_head SET last_seq = 3, last_hash = ? WHERE id = 1", prev);
        beforeMigration.run();

        InMemoryAuditDatabase.migrations(dataSource).load().migrate();
    }

    private AuditVerification verify() {
        return new ChainVerifier(jdbc.getDataSource(), transactions).verify();
    }

    @Test
    void legacyEntriesKeepTheirHashesAndNewEntriesAreSealedAfterThem() {
        assertThat(jdbc.queryForList("SELECT hash FROM aud_link ORDER BY seq", String.class))
                .containsExactly(legacyHashes);
        AuditVerification migrated = verify();
        assertThat(migrated.valid()).as(migrated.toString()).isTrue();
        assertThat(migrated.entries()).isEqualTo(3);

        AuditLedger ledger = new AuditLedger(Clock.systemUTC());
        List<Long> ids = new TransactionTemplate(transactions).execute(s -> jdbc.execute(
                (ConnectionCallback<List<Long>>) c -> ledger.append(c, List.of(
                        new EntryDraft("user:bob", "USER", "CREATE", "new.Thing", "n1", null, "{}")))));
        assertThat(ids).containsExactly(4L);
        assertThat(new AuditSealer(ledger, jdbc, transactions).sealAll()).isEqualTo(1);

        AuditVerification sealed = verify();
        assertThat(sealed.valid()).as(sealed.toString()).isTrue();
        assertThat(sealed.entries()).isEqualTo(4);
        assertThat(sealed.headSequence()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT prev_hash FROM aud_link WHERE seq = 4", String.class))
                .isEqualTo(legacyHashes[2]);
    }

    @Test
    void legacyEntriesShowTheirValuesFromTheContentTheMigrationStored() {
        EntryContent content = new EntryContent();
        assertThat(content.parse(jdbc.queryForObject("SELECT content FROM aud_entry WHERE id = 2", byte[].class))).isTrue();
        assertThat(content.text(EntryContent.AFTER)).isEqualTo("{\"n\":2}");
        assertThat(content.text(EntryContent.BEFORE)).isNull();
        assertThat(content.text(EntryContent.RECORD_ID)).isEqualTo("t2");
    }

    @Test
    void anAlteredLegacyEntryIsStillReportedWithItsSequenceNumber() {
        EntryContent old = new EntryContent();
        old.parse(jdbc.queryForObject("SELECT content FROM aud_entry WHERE id = 2", byte[].class));
        jdbc.update("UPDATE aud_entry SET content = ? WHERE id = 2", new ChainHasher().content(old.micros(),
                "user:alice", "USER", "UPDATE", "legacy.Thing", "t2", null, "{\"n\":99}"));
        AuditVerification result = verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void aLegacyEntryAlteredBeforeTheMigrationIsStillReported() {
        LegacyChainMigrationTest fresh = new LegacyChainMigrationTest();
        fresh.migrate(() -> fresh.jdbc.update("UPDATE aud_entry SET actor = 'user:mallory' WHERE seq = 3"));
        AuditVerification result = fresh.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3);
    }
}
