package io.taisei.audit.internal;

import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerification.Reason;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Re-walks the chain in sequence order, streaming (rows are fetched in batches, never all held in memory), and
 * recomputes every hash. The head is read first and only entries up to it are walked, so appends that commit
 * during a long verification do not disturb it.
 */
@Component
public class ChainVerifier {

    static final int FETCH_SIZE = 2_000;
    private static final int CHUNK = 1_000;
    /** One hashing thread per running verification; idle threads end after a minute. */
    private static final ExecutorService HASHING = new java.util.concurrent.ThreadPoolExecutor(0, Integer.MAX_VALUE,
            60, TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), runnable -> {
        Thread thread = new Thread(runnable, "audit-verify-hash");
        thread.setDaemon(true);
        return thread;
    });

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

    @SuppressWarnings("unchecked")
    private AuditVerification walk() {
        ChainHead head = jdbc.queryForObject("SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)));
        Walk walk = new Walk();
        TextReader text = jdbc.execute((ConnectionCallback<TextReader>) c -> TextReader.of(c.getMetaData()));
        // (H2's LAZY_QUERY_EXECUTION would stream too, but over a million rows it lost MVStore chunks: H2 buffers
        // large results to a temporary file instead, slower but safe.)
        // Two stages on two threads: this one reads rows from the database, the other recomputes hashes. Chunks of
        // rows travel through a small bounded queue, so memory stays flat however long the chain is.
        BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(8);
        Future<?> hashing = HASHING.submit(() -> {
            try {
                for (List<Row> chunk = queue.take(); !chunk.isEmpty(); chunk = queue.take()) {
                    for (Row row : chunk) {
                        walk.check(row);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        try {
            List<Row>[] chunk = new List[]{new ArrayList<Row>(CHUNK)};
            streaming.query("SELECT seq, occurred_at, actor, actor_kind, action, record_type, record_id, before_json, "
                    + "after_json, prev_hash, hash FROM aud_entry WHERE seq <= ? ORDER BY seq", rs -> {
                chunk[0].add(new Row(rs.getLong(1), ChainHasher.micros(rs.getObject(2, OffsetDateTime.class).toInstant()),
                        text.read(rs, 3), text.read(rs, 4), text.read(rs, 5), text.read(rs, 6), text.read(rs, 7),
                        text.read(rs, 8), text.read(rs, 9), rs.getString(10), rs.getString(11)));
                if (chunk[0].size() == CHUNK) {
                    put(queue, chunk[0], hashing);
                    chunk[0] = new ArrayList<>(CHUNK);
                }
            }, head.seq());
            if (!chunk[0].isEmpty()) {
                put(queue, chunk[0], hashing);
            }
            put(queue, List.of(), hashing);
            hashing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("verification failed", e.getCause());
        } finally {
            hashing.cancel(true);
        }
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

    private static void put(BlockingQueue<List<Row>> queue, List<Row> chunk, Future<?> hashing) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (hashing.isDone()) {
                    throw new IllegalStateException("the hashing stage stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        }
    }

    private record Row(long seq, long micros, byte[] actor, byte[] actorKind, byte[] action, byte[] recordType,
                       byte[] recordId, byte[] before, byte[] after, String prevHash, String hash) {
    }

    /**
     * Reads a text column as UTF-8 bytes. PostgreSQL's driver hands out the bytes it received (the connection's
     * encoding is UTF-8), without building a String; other drivers go through getString.
     */
    private interface TextReader {
        byte[] read(ResultSet rs, int column) throws SQLException;

        static TextReader of(DatabaseMetaData metaData) throws SQLException {
            if ("PostgreSQL".equalsIgnoreCase(metaData.getDatabaseProductName())) {
                return ResultSet::getBytes;
            }
            return (rs, column) -> {
                String value = rs.getString(column);
                return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
            };
        }
    }

    private static final class Walk {
        final ChainHasher hasher = new ChainHasher();
        long entries;
        long lastSeq;
        String prevHash = ChainHasher.GENESIS;
        Long broken;
        Reason reason;

        void check(Row row) {
            entries++;
            if (broken != null) {
                return; // keep counting, stop checking: the first break is what matters
            }
            if (row.seq() != lastSeq + 1) {
                fail(lastSeq + 1, Reason.MISSING_ENTRY);
                return;
            }
            if (!prevHash.equals(row.prevHash())) {
                fail(row.seq(), Reason.PREVIOUS_HASH_MISMATCH);
                return;
            }
            String hash = hasher.hashUtf8(row.seq(), row.micros(), row.actor(), row.actorKind(), row.action(),
                    row.recordType(), row.recordId(), row.before(), row.after(), row.prevHash());
            if (!hash.equals(row.hash())) {
                fail(row.seq(), Reason.HASH_MISMATCH);
                return;
            }
            lastSeq = row.seq();
            prevHash = row.hash();
        }

        void fail(long seq, Reason why) {
            broken = seq;
            reason = why;
        }
    }
}
