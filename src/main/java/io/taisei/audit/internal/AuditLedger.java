package io.taisei.audit.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records entries on a given JDBC connection, inside the transaction that connection is in: each entry with its
 * canonical content (which holds its before and after values; the other fields are columns too, for filtering) and
 * the hash of that content, and a row in the seal queue. No lock is taken, so concurrent transactions append in
 * parallel; the entry and its queue row commit or roll back with the change. {@link AuditSealer} links committed
 * entries into the hash chain shortly afterwards, told by {@link #commits()} that there may be something to link.
 */
public class AuditLedger {

    static final String LOCK_HEAD = "SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1 FOR UPDATE";
    static final String TRY_LOCK_HEAD = LOCK_HEAD + " SKIP LOCKED";
    static final String INSERT = "INSERT INTO aud_entry (id, occurred_at, actor, actor_kind, action, record_type, "
            + "record_id, content, content_hash) VALUES (nextval('aud_entry_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String QUEUE = "INSERT INTO aud_seal_queue (entry_id) VALUES (?)";

    private final Clock clock;
    private final AtomicLong commits = new AtomicLong();
    /** Registered once per transaction that records entries (synchronizations are a set). */
    private final TransactionSynchronization countCommit = new TransactionSynchronization() {
        @Override
        public void afterCommit() {
            commits.incrementAndGet();
        }
    };

    public AuditLedger(Clock clock) {
        this.clock = clock;
    }

    /**
     * How many transactions that recorded entries have committed on this node (in this JVM) so far. Entries recorded
     * on a connection outside a Spring transaction count when they are recorded, before they commit.
     */
    public long commits() {
        return commits.get();
    }

    /** Locks the chain head for the rest of the connection's transaction and returns it. */
    public ChainHead lockHead(Connection connection) throws SQLException {
        return readHead(connection, LOCK_HEAD);
    }

    /** Like {@link #lockHead}, but returns null at once when another transaction holds the lock. */
    public ChainHead tryLockHead(Connection connection) throws SQLException {
        return readHead(connection, TRY_LOCK_HEAD);
    }

    private static ChainHead readHead(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? new ChainHead(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    /** Records the drafts in order and returns their entry ids (ascending). */
    public List<Long> append(Connection connection, List<EntryDraft> drafts) throws SQLException {
        if (drafts.isEmpty()) {
            return List.of();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(countCommit);
        } else {
            commits.incrementAndGet();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        long micros = ChainHasher.micros(now);
        ChainHasher hasher = new ChainHasher();
        List<Long> ids = new ArrayList<>(drafts.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[]{"id"})) {
            for (EntryDraft d : drafts) {
                insert.setObject(1, occurredAt);
                insert.setString(2, d.actor());
                insert.setString(3, d.actorKind());
                insert.setString(4, d.action());
                insert.setString(5, d.recordType());
                insert.setString(6, d.recordId());
                byte[] content = hasher.content(micros, d.actor(), d.actorKind(), d.action(), d.recordType(),
                        d.recordId(), d.beforeJson(), d.afterJson());
                insert.setBytes(7, content);
                insert.setString(8, hasher.contentHash(content));
                if (drafts.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
            }
            if (drafts.size() > 1) {
                insert.executeBatch();
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != drafts.size()) {
            throw new SQLException("expected " + drafts.size() + " audit entry ids, got " + ids.size());
        }
        ids.sort(null);
        try (PreparedStatement queue = connection.prepareStatement(QUEUE)) {
            for (Long id : ids) {
                queue.setLong(1, id);
                if (ids.size() == 1) {
                    queue.executeUpdate();
                } else {
                    queue.addBatch();
                }
            }
            if (ids.size() > 1) {
                queue.executeBatch();
            }
        }
        return ids;
    }
}
