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

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification outside a transaction, where several connections read ranges of the chain at once, over a trail of
 * several ranges on a database of its own (so tampering can be committed, as a real attacker's would be). Each case
 * is checked with three readers and, inside a transaction, with the one connection: both must give the same answer.
 */
class ChainVerifierTest {

    static final int ENTRIES = 3 * ChainVerifier.RANGE + 500;

    JdbcDataSource dataSource;
    JdbcTemplate jdbc;
    DataSourceTransactionManager transactions;
    AuditLedger ledger = new AuditLedger(Clock.systemUTC());

    @BeforeEach
    void aTrailOfSeveralRanges() {
        dataSource = InMemoryAuditDatabase.migrated("verifier");
        jdbc = new JdbcTemplate(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        for (int from = 0; from < ENTRIES; from += 1_000) {
            append(jdbc, from, Math.min(1_000, ENTRIES - from));
        }
        seal();
    }

    private List<Long> append(JdbcTemplate on, int from, int count) {
        List<EntryDraft> drafts = IntStream.range(from, from + count).mapToObj(i -> new EntryDraft("user:alice", "USER",
                "UPDATE", "test.Thing", String.valueOf(i), "{\"name\":\"名前 " + i + "\"}", "{\"name\":\"new " + i + "\"}"))
                .toList();
        return new TransactionTemplate(new DataSourceTransactionManager(on.getDataSource())).execute(s ->
                on.execute((ConnectionCallback<List<Long>>) c -> ledger.append(c, drafts)));
    }

    private void seal() {
        new AuditSealer(ledger, jdbc, transactions).sealAll();
    }

    private long entryAt(long seq) {
        return jdbc.queryForObject("SELECT entry_id FROM aud_link WHERE seq = ?", Long.class, seq);
    }

    /** The result with three readers, after checking that one connection inside a transaction finds the same. */
    private AuditVerification verify() {
        AuditVerification parallel = new ChainVerifier(dataSource, transactions, 3).verify();
        AuditVerification inTransaction = new TransactionTemplate(transactions).execute(s ->
                new ChainVerifier(dataSource, transactions, 3).verify());
        assertThat(inTransaction).isEqualTo(parallel);
        return parallel;
    }

    @Test
    void anIntactTrailOfSeveralRangesVerifies() {
        AuditVerification result = verify();
        assertThat(result.valid()).as(result.toString()).isTrue();
        assertThat(result.entries()).isEqualTo(ENTRIES);
        assertThat(result.headSequence()).isEqualTo(ENTRIES);
    }

    @Test
    void alteredRowsInLaterRangesAreReportedAtTheFirstOne() {
        jdbc.update("UPDATE aud_entry SET record_id = 'x' WHERE id = ?", entryAt(2 * ChainVerifier.RANGE + 17));
        jdbc.update("UPDATE aud_entry SET actor = 'user:mallory' WHERE id = ?", entryAt(ChainVerifier.RANGE + 3));
        AuditVerification result = verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(ChainVerifier.RANGE + 3);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
        assertThat(result.entries()).as("still counts the whole chain").isEqualTo(ENTRIES);
    }

    @Test
    void aDeletedEntryInTheLastRangeIsReportedAsMissing() {
        long seq = 3L * ChainVerifier.RANGE + 250;
        jdbc.update("DELETE FROM aud_entry WHERE id = ?", entryAt(seq));
        AuditVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(seq);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }

    @Test
    void entriesSealedFarFromTheirIdsAreFoundAndChecked() throws Exception {
        // a long transaction records entries first and commits last: they are sealed after thousands of later ids
        JdbcDataSource other = new JdbcDataSource();
        other.setURL(dataSource.getURL());
        List<Long> late;
        try (Connection slow = other.getConnection()) {
            slow.setAutoCommit(false);
            late = ledger.append(slow, List.of(new EntryDraft("user:bob", "USER", "CREATE", "test.Late", "1", null, "{}"),
                    new EntryDraft("user:bob", "USER", "CREATE", "test.Late", "2", null, "{}")));
            append(jdbc, ENTRIES, 2 * ChainVerifier.RANGE);
            seal();
            slow.commit();
        }
        seal();
        long lateSeq = jdbc.queryForObject("SELECT seq FROM aud_link WHERE entry_id = ?", Long.class, late.get(1));
        assertThat(lateSeq).isEqualTo(ENTRIES + 2L * ChainVerifier.RANGE + 2);
        assertThat(late.get(1)).isLessThan(entryAt(lateSeq - 2) - 1_000);
        assertThat(verify().valid()).isTrue();

        jdbc.update("UPDATE aud_entry SET action = 'DELETE' WHERE id = ?", late.get(1));
        AuditVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(lateSeq);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void rowsThatComeOutOfOrderAreCheckedInSequenceOrder() {
        // Without their primary keys H2 returns rows in the order they were stored, as PostgreSQL's bitmap scans do:
        // store both tables backwards.
        for (String table : List.of("aud_link", "aud_entry")) {
            String key = table.equals("aud_link") ? "seq" : "id";
            jdbc.execute("ALTER TABLE " + table + " DROP PRIMARY KEY");
            jdbc.execute("CREATE TABLE backwards AS SELECT * FROM " + table + " ORDER BY " + key + " DESC");
            jdbc.execute("DELETE FROM " + table);
            jdbc.execute("INSERT INTO " + table + " SELECT * FROM backwards");
            jdbc.execute("DROP TABLE backwards");
        }
        assertThat(jdbc.queryForList("SELECT seq FROM aud_link WHERE seq > 10 AND seq <= 13", Long.class))
                .as("the rows come backwards").containsExactly(13L, 12L, 11L);
        AuditVerification intact = verify();
        assertThat(intact.valid()).as(intact.toString()).isTrue();
        assertThat(intact.entries()).isEqualTo(ENTRIES);

        jdbc.update("UPDATE aud_entry SET actor = 'user:mallory' WHERE id IN (?, ?)",
                entryAt(ChainVerifier.RANGE + 30), entryAt(ChainVerifier.RANGE + 31));
        AuditVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(ChainVerifier.RANGE + 30);
        assertThat(result.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void aLinkPointingToAnotherEntryIsReported() {
        long seq = 2L * ChainVerifier.RANGE + 9;
        jdbc.update("UPDATE aud_link SET entry_id = ? WHERE seq = ?", entryAt(seq) + 1_000_000, seq);
        AuditVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(seq);
        assertThat(result.reason()).isEqualTo(Reason.MISSING_ENTRY);
    }
}
