package io.taisei.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Links committed entries into the hash chain. Each round locks the chain head row (so only one node seals at a
 * time; the others skip the round), takes the queued entries in ascending id order, gives each the next sequence
 * number and its chain hash, inserts the links, empties their queue rows and moves the head — all in one short
 * transaction of its own. Runs every {@code taisei.audit.seal-interval} (250 ms by default) on every node, and on
 * demand ({@link #sealAll()}).
 * <p>
 * A background round reads the queue only when a transaction that recorded entries has committed on this node since
 * the queue was last found empty, or when {@link #FULL_SCAN} has passed (for entries committed by other nodes or
 * processes whose own sealer did not link them). So an idle node reads the queue every 5 s instead of four times a
 * second, and a long import no longer makes every round step over the queue rows it has written but not committed yet
 * (rows a round cannot see anyway).
 */
@Component
public class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    static final int BATCH = 5_000;
    /** The longest a background round skips reading the queue when nothing committed on this node. */
    static final Duration FULL_SCAN = Duration.ofSeconds(5);
    // A queue row whose entry has disappeared (deleted before sealing, which on PostgreSQL means someone switched the
    // triggers off) is left in the queue, where verification reports it.
    static final String QUEUED = "SELECT q.entry_id, e.content_hash FROM aud_seal_queue q "
            + "JOIN aud_entry e ON e.id = q.entry_id ORDER BY q.entry_id LIMIT " + BATCH;
    static final String INSERT_LINK = "INSERT INTO aud_link (seq, entry_id, format, prev_hash, hash) VALUES (?, ?, 2, ?, ?)";
    static final String DEQUEUE = "DELETE FROM aud_seal_queue WHERE entry_id = ?";
    static final String UPDATE_HEAD = "UPDATE aud_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1";

    private final AuditLedger ledger;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** The ledger's commit count when a background round last read the queue to its end (-1: never), and when. */
    private long lookedAtCommits = -1;
    private Instant lookedAt = Instant.MIN;

    @Autowired
    AuditSealer(AuditLedger ledger, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this(ledger, jdbc, transactions, Clock.systemUTC());
    }

    AuditSealer(AuditLedger ledger, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${taisei.audit.seal-interval:250ms}", initialDelayString = "${taisei.audit.seal-interval:250ms}")
    void sealInBackground() {
        long commits = ledger.commits();
        Instant now = clock.instant();
        if (commits == lookedAtCommits && now.isBefore(lookedAt.plus(FULL_SCAN))) {
            return; // nothing committed here since the queue was found empty, and the next full look is not due
        }
        try {
            int sealed;
            do {
                sealed = sealRound(false);
            } while (sealed == BATCH);
            if (sealed >= 0) { // the queue was read to its end (-1: another sealer held the head, so look again)
                lookedAtCommits = commits;
                lookedAt = now;
            }
        } catch (RuntimeException e) {
            log.warn("Sealing audit entries failed; retrying in the next round", e);
        }
    }

    /** Seals every entry committed so far, waiting for another sealer if one is busy; returns how many it sealed. */
    public long sealAll() {
        long total = 0;
        int sealed;
        do {
            sealed = sealRound(true);
            total += Math.max(sealed, 0);
        } while (sealed == BATCH);
        return total;
    }

    /** Seals one batch; returns how many entries it linked, or -1 when another sealer held the head. */
    private int sealRound(boolean wait) {
        Integer sealed = ownTransaction.execute(status -> jdbc.execute((ConnectionCallback<Integer>) connection -> {
            ChainHead head = wait ? ledger.lockHead(connection) : ledger.tryLockHead(connection);
            if (head == null) {
                return -1; // another node (or an on-demand call) is sealing right now
            }
            return seal(connection, head).count();
        }));
        return sealed == null ? -1 : sealed;
    }

    /** What one batch did: how many entries it linked and the new head. */
    public record Sealed(int count, ChainHead head) {
    }

    /**
     * Seals up to {@value #BATCH} queued entries on a connection whose transaction already holds the chain head lock
     * (the head given is the one read under that lock).
     */
    public Sealed seal(Connection connection, ChainHead head) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> contentHashes = new ArrayList<>();
        try (PreparedStatement queued = connection.prepareStatement(QUEUED); ResultSet rs = queued.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                contentHashes.add(rs.getString(2));
            }
        }
        if (ids.isEmpty()) {
            return new Sealed(0, head);
        }
        ChainHasher hasher = new ChainHasher();
        long seq = head.seq();
        String prev = head.hash();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINK);
             PreparedStatement dequeue = connection.prepareStatement(DEQUEUE)) {
            for (int i = 0; i < ids.size(); i++) {
                long entryId = ids.get(i);
                seq++;
                String hash = hasher.linkHash(seq, entryId, contentHashes.get(i), prev);
                insert.setLong(1, seq);
                insert.setLong(2, entryId);
                insert.setString(3, prev);
                insert.setString(4, hash);
                insert.addBatch();
                dequeue.setLong(1, entryId);
                dequeue.addBatch();
                prev = hash;
            }
            insert.executeBatch();
            dequeue.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_HEAD)) {
            update.setLong(1, seq);
            update.setString(2, prev);
            update.executeUpdate();
        }
        return new Sealed(ids.size(), new ChainHead(seq, prev));
    }
}
