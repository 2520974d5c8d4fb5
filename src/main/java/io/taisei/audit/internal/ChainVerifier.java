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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Re-walks the sealed chain in sequence order and checks the entries still waiting to be sealed. Appends and seals may
 * run meanwhile without disturbing it: the head is read first and only links up to it are walked (links are
 * insert-only, so those never change), the queue is read after the walk (an entry sealed in between is then beyond
 * the head, not lost), and the search for entries in neither chain nor queue is one statement, one snapshot.
 * (A repeatable-read transaction would not help: H2 takes each table's snapshot when the table is first read.)
 * <p>
 * Links are read in ranges of sequence numbers (a short indexed query each, so neither database has to hold a
 * million-row result). Every link can be checked on its own — its entry's content against the content hash, its own
 * hash from (seq, entry id, content hash, stored previous hash) — so ranges are hashed in parallel on all cores;
 * only the comparison of each link's previous hash with the hash of the link before it runs in order.
 */
@Component
public class ChainVerifier {

    static final int FETCH_SIZE = 2_000;
    private static final int RANGE = 4_000;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Shared by verifications; idle threads end after a minute. */
    private static final ExecutorService HASHING = hashingPool();

    private static final byte OK = 0;
    private static final byte HASH_MISMATCH = 1;
    private static final byte ENTRY_MISSING = 2;

    static final String LINKS = "SELECT l.seq, l.entry_id, l.format, l.prev_hash, l.hash, e.id, e.occurred_at, e.actor, "
            + "e.actor_kind, e.action, e.record_type, e.record_id, e.before_json, e.after_json, e.content_hash "
            + "FROM aud_link l LEFT JOIN aud_entry e ON e.id = l.entry_id WHERE l.seq > ? AND l.seq <= ? ORDER BY l.seq";
    static final String QUEUED = "SELECT q.entry_id, e.id, e.occurred_at, e.actor, e.actor_kind, e.action, "
            + "e.record_type, e.record_id, e.before_json, e.after_json, e.content_hash "
            + "FROM aud_seal_queue q LEFT JOIN aud_entry e ON e.id = q.entry_id ORDER BY q.entry_id";
    static final String UNLINKED = "SELECT MIN(e.id) FROM aud_entry e WHERE NOT EXISTS "
            + "(SELECT 1 FROM aud_link l WHERE l.entry_id = e.id) AND NOT EXISTS "
            + "(SELECT 1 FROM aud_seal_queue q WHERE q.entry_id = e.id)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    private static ExecutorService hashingPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "audit-verify-hash");
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public AuditVerification verify() {
        return readOnly.execute(status -> jdbc.execute((ConnectionCallback<AuditVerification>) connection -> {
            try {
                return walk(connection);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("verification interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("verification failed", e.getCause());
            }
        }));
    }

    private AuditVerification walk(java.sql.Connection connection)
            throws SQLException, InterruptedException, ExecutionException {
        ChainHead head;
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            head = new ChainHead(rs.getLong(1), rs.getString(2));
        }
        TextReader text = TextReader.of(connection.getMetaData());
        Walk walk = new Walk();
        Deque<Future<Range>> inFlight = new ArrayDeque<>();
        try (PreparedStatement links = connection.prepareStatement(LINKS)) {
            links.setFetchSize(FETCH_SIZE);
            for (long from = 0; from < head.seq(); from += RANGE) {
                Range range = read(links, from, Math.min(from + RANGE, head.seq()), text);
                inFlight.addLast(HASHING.submit(range::hash));
                while (inFlight.size() > 2 * THREADS) {
                    walk.follow(inFlight.removeFirst().get());
                }
            }
            while (!inFlight.isEmpty()) {
                walk.follow(inFlight.removeFirst().get());
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        if (walk.broken == null) {
            if (walk.lastSeq < head.seq()) {
                walk.fail(walk.lastSeq + 1, Reason.MISSING_ENTRY);
            } else if (!walk.prevHash.equals(head.hash())) {
                walk.fail(head.seq(), Reason.HEAD_MISMATCH);
            }
        }
        long unsealed = checkQueued(connection, text, walk);
        if (walk.broken == null && walk.brokenEntry == null) {
            checkUnlinked(connection, walk, unsealed);
        }
        return new AuditVerification(walk.broken == null && walk.brokenEntry == null, walk.entries, walk.broken,
                walk.reason, head.seq(), head.hash(), unsealed, walk.broken == null ? walk.brokenEntry : null, null);
    }

    private static Range read(PreparedStatement links, long after, long upTo, TextReader text) throws SQLException {
        links.setLong(1, after);
        links.setLong(2, upTo);
        List<Link> rows = new ArrayList<>((int) (upTo - after));
        try (ResultSet rs = links.executeQuery()) {
            while (rs.next()) {
                rows.add(new Link(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        content(rs, 6, text)));
            }
        }
        return new Range(rows);
    }

    /** The entry's columns from {@code first} on (id, occurred_at, 7 text fields, content_hash), or null if absent. */
    private static Content content(ResultSet rs, int first, TextReader text) throws SQLException {
        rs.getLong(first);
        if (rs.wasNull()) {
            return null;
        }
        return new Content(rs.getLong(first), ChainHasher.micros(rs.getObject(first + 1, OffsetDateTime.class).toInstant()),
                text.read(rs, first + 2), text.read(rs, first + 3), text.read(rs, first + 4), text.read(rs, first + 5),
                text.read(rs, first + 6), text.read(rs, first + 7), text.read(rs, first + 8), rs.getString(first + 9));
    }

    /** Checks the content of every entry waiting to be sealed; returns how many there are. */
    private static long checkQueued(java.sql.Connection connection, TextReader text, Walk walk) throws SQLException {
        long count = 0;
        ChainHasher hasher = new ChainHasher();
        try (PreparedStatement ps = connection.prepareStatement(QUEUED)) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    count++;
                    long entryId = rs.getLong(1);
                    Content content = content(rs, 2, text);
                    if (walk.brokenEntry != null) {
                        continue;
                    }
                    if (content == null) {
                        walk.failEntry(entryId, Reason.MISSING_ENTRY);
                    } else if (content.contentHash() == null || !content.computeHash(hasher).equals(content.contentHash())) {
                        walk.failEntry(entryId, Reason.HASH_MISMATCH);
                    }
                }
            }
        }
        return count;
    }

    /** Entries in neither the chain nor the queue: their link (or queue row) was removed. */
    private static void checkUnlinked(java.sql.Connection connection, Walk walk, long queued) throws SQLException {
        long total;
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM aud_entry");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        if (total <= walk.entries + queued) {
            return; // the usual case, answered without the anti-join below
        }
        try (PreparedStatement ps = connection.prepareStatement(UNLINKED); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long id = rs.getLong(1);
                if (!rs.wasNull()) {
                    walk.failEntry(id, Reason.UNLINKED_ENTRY);
                }
            }
        }
    }

    private record Content(long id, long micros, byte[] actor, byte[] actorKind, byte[] action, byte[] recordType,
                           byte[] recordId, byte[] before, byte[] after, String contentHash) {
        String computeHash(ChainHasher hasher) {
            return hasher.contentHashUtf8(micros, actor, actorKind, action, recordType, recordId, before, after);
        }
    }

    private record Link(long seq, long entryId, int format, String prevHash, String hash, Content content) {
    }

    /** A range of links and, once hashed, each link's own verdict (independent of its neighbours). */
    private static final class Range {
        final List<Link> links;
        final byte[] verdicts;

        Range(List<Link> links) {
            this.links = links;
            this.verdicts = new byte[links.size()];
        }

        Range hash() {
            ChainHasher hasher = new ChainHasher();
            for (int i = 0; i < links.size(); i++) {
                verdicts[i] = verdict(links.get(i), hasher);
            }
            return this;
        }

        private static byte verdict(Link link, ChainHasher hasher) {
            Content c = link.content();
            if (c == null) {
                return ENTRY_MISSING;
            }
            try {
                if (link.format() == 1) {
                    String hash = hasher.hashUtf8(link.seq(), c.micros(), c.actor(), c.actorKind(), c.action(),
                            c.recordType(), c.recordId(), c.before(), c.after(), link.prevHash());
                    return link.entryId() == link.seq() && hash.equals(link.hash()) ? OK : HASH_MISMATCH;
                }
                String contentHash = c.computeHash(hasher);
                if (!contentHash.equals(c.contentHash())) {
                    return HASH_MISMATCH;
                }
                return hasher.linkHash(link.seq(), link.entryId(), contentHash, link.prevHash()).equals(link.hash())
                        ? OK : HASH_MISMATCH;
            } catch (IllegalArgumentException e) {
                return HASH_MISMATCH; // a stored hash that is not even hexadecimal
            }
        }
    }

    /** The part that must run in order: sequence numbers without gaps and each previous hash as the link before. */
    private static final class Walk {
        long entries;
        long lastSeq;
        String prevHash = ChainHasher.GENESIS;
        Long broken;
        Long brokenEntry;
        Reason reason;

        void follow(Range range) {
            for (int i = 0; i < range.links.size(); i++) {
                Link link = range.links.get(i);
                entries++;
                if (broken != null) {
                    continue; // keep counting, stop checking: the first break is what matters
                }
                if (link.seq() != lastSeq + 1) {
                    fail(lastSeq + 1, Reason.MISSING_ENTRY);
                } else if (!prevHash.equals(link.prevHash())) {
                    fail(link.seq(), Reason.PREVIOUS_HASH_MISMATCH);
                } else if (range.verdicts[i] == ENTRY_MISSING) {
                    fail(link.seq(), Reason.MISSING_ENTRY);
                } else if (range.verdicts[i] != OK) {
                    fail(link.seq(), Reason.HASH_MISMATCH);
                } else {
                    lastSeq = link.seq();
                    prevHash = link.hash();
                }
            }
        }

        void fail(long seq, Reason why) {
            broken = seq;
            reason = why;
        }

        void failEntry(long entryId, Reason why) {
            if (broken == null && brokenEntry == null) {
                brokenEntry = entryId;
                reason = why;
            }
        }
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
}
