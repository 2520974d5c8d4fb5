package io.taisei.audit.internal;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background round reads the queue only when this node committed entries since it last did, or when the full
 * look is due (for entries another node or process recorded). Another node is simulated by a ledger of its own.
 */
class AuditSealerIdleRoundTest {

    JdbcDataSource dataSource;
    JdbcTemplate jdbc;
    DataSourceTransactionManager transactions;
    AuditLedger here = new AuditLedger(Clock.systemUTC());
    AuditLedger otherNode = new AuditLedger(Clock.systemUTC());
    Instant now = Instant.parse("2026-11-26T00:00:00Z");
    AuditSealer sealer;

    @BeforeEach
    void anEmptyTrail() {
        dataSource = InMemoryAuditDatabase.migrated("sealer");
        jdbc = new JdbcTemplate(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        sealer = new AuditSealer(here, jdbc, transactions, new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
        sealer.sealInBackground(); // the first round always reads the queue
    }

    private void commitOn(AuditLedger ledger, String recordId) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> jdbc.execute((ConnectionCallback<List<Long>>) c ->
                ledger.append(c, List.of(new EntryDraft("user:alice", "USER", "UPDATE", "test.Idle", recordId, null, "{}")))));
    }

    private long queued() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM aud_seal_queue", Long.class);
    }

    @Test
    void anEntryCommittedOnThisNodeIsSealedByTheNextRound() {
        commitOn(here, "1");
        sealer.sealInBackground();
        assertThat(queued()).isZero();
    }

    @Test
    void anEntryOfAnotherNodeWaitsForTheFullLookWhenNothingCommittedHere() {
        commitOn(otherNode, "1");
        sealer.sealInBackground();
        assertThat(queued()).as("the idle round did not read the queue").isEqualTo(1);

        now = now.plus(AuditSealer.FULL_SCAN);
        sealer.sealInBackground();
        assertThat(queued()).isZero();
        assertThat(jdbc.queryForObject("SELECT last_seq FROM aud_chain_head", Long.class)).isEqualTo(1);
    }

    @Test
    void aRollbackHereIsNoReasonToReadTheQueue() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            s.setRollbackOnly();
            jdbc.execute((ConnectionCallback<List<Long>>) c -> here.append(c,
                    List.of(new EntryDraft("user:alice", "USER", "UPDATE", "test.Idle", "0", null, "{}"))));
        });
        commitOn(otherNode, "1");
        sealer.sealInBackground();
        assertThat(queued()).isEqualTo(1);
    }

    @Test
    void aRoundThatFindsTheHeadLockedLooksAgainNextTime() throws Exception {
        commitOn(here, "1");
        try (Connection otherSealer = dataSource.getConnection()) {
            otherSealer.setAutoCommit(false);
            try (Statement lock = otherSealer.createStatement();
                 ResultSet rs = lock.executeQuery(AuditLedger.LOCK_HEAD)) {
                assertThat(rs.next()).isTrue();
            }
            sealer.sealInBackground();
            assertThat(queued()).as("skipped while the other sealer holds the head").isEqualTo(1);
            otherSealer.rollback();
        }
        sealer.sealInBackground();
        assertThat(queued()).isZero();
    }

    @Test
    void entriesRecordedOutsideASpringTransactionCountAtOnce() throws Exception {
        now = now.plus(Duration.ofMillis(1)); // well before the full look is due
        try (Connection raw = dataSource.getConnection()) {
            raw.setAutoCommit(true);
            here.append(raw, List.of(new EntryDraft("user:bob", "USER", "CREATE", "test.Idle", "2", null, "{}")));
        }
        sealer.sealInBackground();
        assertThat(queued()).isZero();
    }
}
