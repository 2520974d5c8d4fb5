package io.taisei.audit.internal;

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

/**
 * Appends entries on a given JDBC connection, inside the transaction that connection is in. The chain head row is
 * locked first ({@code SELECT ... FOR UPDATE}, on H2 and PostgreSQL alike), so appends from every thread and every
 * node are serialised until the transaction ends, and sequence numbers stay gap-free: an append that rolls back
 * releases its numbers together with the head update.
 */
public class AuditLedger {

    static final String LOCK_HEAD = "SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1 FOR UPDATE";
    static final String INSERT = "INSERT INTO aud_entry (seq, occurred_at, actor, actor_kind, action, record_type, "
            + "record_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE_HEAD = "UPDATE aud_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1";

    private final Clock clock;

    public AuditLedger(Clock clock) {
        this.clock = clock;
    }

    /** Locks the chain head for the rest of the connection's transaction and returns it. */
    public ChainHead lockHead(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_HEAD);
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("aud_chain_head has no row: the audit migration did not run");
            }
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }

    /** Appends the drafts in order and returns their sequence numbers. */
    public List<Long> append(Connection connection, List<EntryDraft> drafts) throws SQLException {
        if (drafts.isEmpty()) {
            return List.of();
        }
        ChainHead head = lockHead(connection);
        // The time is taken under the lock, so it never goes backwards along the chain on one clock.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        long micros = ChainHasher.micros(now);
        ChainHasher hasher = new ChainHasher();
        long seq = head.seq();
        String prev = head.hash();
        List<Long> sequences = new ArrayList<>(drafts.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (EntryDraft d : drafts) {
                seq++;
                String hash = hasher.hash(seq, micros, d.actor(), d.actorKind(), d.action(), d.recordType(),
                        d.recordId(), d.beforeJson(), d.afterJson(), prev);
                insert.setLong(1, seq);
                insert.setObject(2, occurredAt);
                insert.setString(3, d.actor());
                insert.setString(4, d.actorKind());
                insert.setString(5, d.action());
                insert.setString(6, d.recordType());
                insert.setString(7, d.recordId());
                insert.setString(8, d.beforeJson());
                insert.setString(9, d.afterJson());
                insert.setString(10, prev);
                insert.setString(11, hash);
                if (drafts.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
                sequences.add(seq);
                prev = hash;
            }
            if (drafts.size() > 1) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(UPDATE_HEAD)) {
            update.setLong(1, seq);
            update.setString(2, prev);
            update.executeUpdate();
        }
        return sequences;
    }
}
