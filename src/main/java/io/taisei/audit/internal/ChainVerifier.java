package io.taisei.audit.internal;

import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerification.Reason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Re-walks the chain in sequence order, streaming (rows are fetched in batches, never all held in memory), and
 * recomputes every hash. The head is read first and only entries up to it are walked, so appends that commit
 * during a long verification do not disturb it.
 */
@Component
public class ChainVerifier {

    static final int FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE); // PostgreSQL streams only inside a transaction with a fetch size
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public AuditVerification verify() {
        return readOnly.execute(status -> walk());
    }

    private AuditVerification walk() {
        ChainHead head = jdbc.queryForObject("SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)));
        Walk walk = new Walk();
        streaming.query("SELECT seq, occurred_at, actor, actor_kind, action, record_type, record_id, before_json, "
                + "after_json, prev_hash, hash FROM aud_entry WHERE seq <= ? ORDER BY seq", walk, head.seq());
        if (walk.broken == null) {
            if (walk.lastSeq < head.seq()) {
                walk.fail(walk.lastSeq + 1, Reason.MISSING_ENTRY);
            } else if (!walk.prevHash.equals(head.hash())) {
                walk.fail(head.seq(), Reason.HEAD_MISMATCH);
            }
        }
        return new AuditVerification(walk.broken == null, walk.entries, walk.broken, walk.reason, head.seq(),
                head.hash(), null);
    }

    private static final class Walk implements RowCallbackHandler {
        final ChainHasher hasher = new ChainHasher();
        long entries;
        long lastSeq;
        String prevHash = ChainHasher.GENESIS;
        Long broken;
        Reason reason;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            entries++;
            if (broken != null) {
                return; // keep counting, stop checking: the first break is what matters
            }
            long seq = rs.getLong(1);
            if (seq != lastSeq + 1) {
                fail(lastSeq + 1, Reason.MISSING_ENTRY);
                return;
            }
            String storedPrev = rs.getString(10);
            if (!prevHash.equals(storedPrev)) {
                fail(seq, Reason.PREVIOUS_HASH_MISMATCH);
                return;
            }
            long micros = ChainHasher.micros(rs.getObject(2, OffsetDateTime.class).toInstant());
            String hash = hasher.hash(seq, micros, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getString(9), storedPrev);
            String stored = rs.getString(11);
            if (!hash.equals(stored)) {
                fail(seq, Reason.HASH_MISMATCH);
                return;
            }
            lastSeq = seq;
            prevHash = stored;
        }

        void fail(long seq, Reason why) {
            broken = seq;
            reason = why;
        }
    }
}
