package io.taisei.audit.internal;

import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerification.Reason;
import io.taisei.platform.Databases;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-walks the sealed chain in sequence order and checks the entries still waiting to be sealed. Appends and seals may
 * run meanwhile without disturbing it: the head is read first and only links up to it are walked (links are
 * insert-only, so those never change), the queue is read after the walk (an entry sealed in between is then beyond
 * the head, not lost), and the search for entries in neither chain nor queue is one statement, one snapshot.
 * <p>
 * The chain is read in ranges of sequence numbers: the range's links (one indexed range query), then their entries by
 * ranges of entry ids (entries are sealed in about the order they were recorded, so that is usually one range query
 * too; a join would look each entry up on its own, which costs PostgreSQL more than reading the rows). Several
 * connections read ranges at once (one per core), and every range is checked on the checking threads: each link on
 * its own — its entry's stored content against the content hash, the entry's columns against the fields in that
 * content, the link's hash from (seq, entry id, content hash, stored previous hash). Only the comparison of each
 * link's previous hash with the hash of the link before it runs in order. Inside a transaction everything is read on
 * that transaction's connection, so that verification sees what the transaction itself changed.
 */
@Component
public class ChainVerifier {

    static final int FETCH_SIZE = 2_000;
    static final int RANGE = 4_000;
    /** Entries of one range whose ids lie further apart than this are read by separate range queries. */
    private static final int GAP = 64;
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** How many ranges may be read ahead of the one being followed. */
    private static final int AHEAD = 4 * CORES;
    /** Shared by verifications; idle threads end after a minute. */
    private static final ExecutorService CHECKING = pool("audit-verify-check", CORES, new LinkedBlockingQueue<>());
    private static final ExecutorService READING = pool("audit-verify-read", Integer.MAX_VALUE, new SynchronousQueue<>());

    private static final byte OK = 0;
    private static final byte HASH_MISMATCH = 1;
    private static final byte ENTRY_MISSING = 2;

    static final String HEAD = "SELECT last_seq, last_hash FROM aud_chain_head WHERE id = 1";
    static final String UNLINKED = "SELECT MIN(e.id) FROM aud_entry e WHERE NOT EXISTS "
            + "(SELECT 1 FROM aud_link l WHERE l.entry_id = e.id) AND NOT EXISTS "
            + "(SELECT 1 FROM aud_seal_queue q WHERE q.entry_id = e.id)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final int readers;

    @org.springframework.beans.factory.annotation.Autowired
    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions) {
        this(dataSource, transactions, CORES);
    }

    /** With {@code readers} connections reading at once outside a transaction (one per core in the application). */
    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions, int readers) {
        this.readers = readers;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    private static ExecutorService pool(String name, int threads, java.util.concurrent.BlockingQueue<Runnable> queue) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.min(threads, CORES), threads, 60, TimeUnit.SECONDS,
                queue, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public AuditVerification verify() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the caller's transaction may hold changes of its own: read everything on its connection
            return jdbc.execute((ConnectionCallback<AuditVerification>) connection -> walk(connection, 1));
        }
        return readOnly.execute(status -> jdbc.execute((ConnectionCallback<AuditVerification>) connection ->
                walk(connection, readers)));
    }

    private AuditVerification walk(Connection connection, int readers) throws SQLException {
        ChainHead head;
        try (PreparedStatement ps = connection.prepareStatement(HEAD); ResultSet rs = ps.executeQuery()) {
            rs.next();
            head = new ChainHead(rs.getLong(1), rs.getString(2));
        }
        Dialect dialect = Dialect.of(connection);
        Walk walk = new Walk();
        Ranges ranges = new Ranges(head.seq());
        List<Connection> connections = new ArrayList<>(List.of(connection));
        List<Future<?>> reading = new ArrayList<>();
        try {
            for (int i = 1; i < Math.min(readers, ranges.count); i++) {
                Connection extra = dataSource.getConnection();
                connections.add(extra);
                extra.setReadOnly(true);
                extra.setAutoCommit(false);
            }
            for (Connection c : connections) {
                reading.add(READING.submit(() -> ranges.readAll(c, dialect)));
            }
            for (int k = 0; k < ranges.count; k++) {
                walk.follow(ranges.take(k));
            }
        } finally {
            ranges.stop();
            for (Future<?> f : reading) {
                awaitQuietly(f); // a connection may be closed only once its reader is done with it
            }
            for (Connection extra : connections.subList(1, connections.size())) {
                try (extra) {
                    extra.rollback();
                }
            }
        }
        if (walk.broken == null) {
            if (walk.lastSeq < head.seq()) {
                walk.fail(walk.lastSeq + 1, Reason.MISSING_ENTRY);
            } else if (!walk.prevHash.equals(head.hash())) {
                walk.fail(head.seq(), Reason.HEAD_MISMATCH);
            }
        }
        long unsealed = checkQueued(connection, dialect, walk);
        if (walk.broken == null && walk.brokenEntry == null) {
            checkUnlinked(connection, walk, unsealed);
        }
        return new AuditVerification(walk.broken == null && walk.brokenEntry == null, walk.entries, walk.broken,
                walk.reason, head.seq(), head.hash(), unsealed, walk.broken == null ? walk.brokenEntry : null, null);
    }

    private static void awaitQuietly(Future<?> future) {
        boolean interrupted = false;
        while (true) {
            try {
                future.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // already reported through the range it failed on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks the content of every entry waiting to be sealed; returns how many there are. */
    private static long checkQueued(Connection connection, Dialect dialect, Walk walk) throws SQLException {
        long count = 0;
        Entries entry = new Entries(1, dialect);
        ChainHasher hasher = new ChainHasher();
        EntryContent parsed = new EntryContent();
        try (PreparedStatement ps = connection.prepareStatement(dialect.queued())) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    count++;
                    if (walk.brokenEntry != null) {
                        continue;
                    }
                    long entryId = rs.getLong(1);
                    rs.getLong(2);
                    if (rs.wasNull()) {
                        walk.failEntry(entryId, Reason.MISSING_ENTRY);
                        continue;
                    }
                    entry.read(0, rs, 3);
                    if (!entry.intact(0, parsed) || !hasher.contentMatches(entry.content[0], entry.contentHash[0])) {
                        walk.failEntry(entryId, Reason.HASH_MISMATCH);
                    }
                }
            }
        }
        return count;
    }

    /** Entries in neither the chain nor the queue: their link (or queue row) was removed. */
    private static void checkUnlinked(Connection connection, Walk walk, long queued) throws SQLException {
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

    /**
     * The ranges of one verification: readers claim them in order (at most {@link #AHEAD} beyond the one being
     * followed, which bounds memory), each range is checked on the checking threads, and the walk takes them in order.
     */
    private static final class Ranges {
        final long head;
        final int count;
        final CompletableFuture<Range>[] results;
        final AtomicInteger next = new AtomicInteger();
        final Semaphore ahead = new Semaphore(AHEAD);
        volatile boolean stopped;

        @SuppressWarnings("unchecked")
        Ranges(long head) {
            this.head = head;
            this.count = (int) ((head + RANGE - 1) / RANGE);
            this.results = new CompletableFuture[count];
            for (int k = 0; k < count; k++) {
                results[k] = new CompletableFuture<>();
            }
        }

        /** Reads ranges on one connection until none is left (or the walk stopped). */
        Void readAll(Connection connection, Dialect dialect) throws SQLException, InterruptedException {
            try (PreparedStatement links = connection.prepareStatement(dialect.links());
                 PreparedStatement entries = connection.prepareStatement(dialect.entries())) {
                links.setFetchSize(RANGE);
                entries.setFetchSize(RANGE);
                int k;
                while ((k = claim()) >= 0) {
                    CompletableFuture<Range> result = results[k];
                    try {
                        long after = (long) k * RANGE;
                        Range range = Range.read(links, entries, after, Math.min(after + RANGE, head), dialect);
                        CHECKING.execute(() -> {
                            try {
                                result.complete(range.check());
                            } catch (Throwable t) {
                                result.completeExceptionally(t);
                            }
                        });
                    } catch (SQLException | RuntimeException e) {
                        result.completeExceptionally(e);
                        throw e;
                    }
                }
            } catch (SQLException | RuntimeException | InterruptedException e) {
                stop(e);
                throw e;
            }
            return null;
        }

        private int claim() throws InterruptedException {
            ahead.acquire();
            int k = stopped ? count : next.getAndIncrement();
            if (k >= count) {
                ahead.release();
                return -1;
            }
            return k;
        }

        Range take(int k) {
            try {
                Range range = results[k].get();
                results[k] = null;
                ahead.release();
                return range;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("verification interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("verification failed", e.getCause());
            }
        }

        /** Ends the reading: every reader waiting for room wakes up and finds nothing more to claim. */
        void stop() {
            stopped = true;
            ahead.release(count + AHEAD);
        }

        /** Ends the reading after a failure, which every range not read yet reports to the walk. */
        void stop(Throwable failure) {
            stop();
            for (CompletableFuture<Range> result : results) {
                if (result != null) {
                    result.completeExceptionally(failure);
                }
            }
        }
    }

    /**
     * The columns of entries by slot: the ones shown and filtered on (proven equal to the fields in the content), the
     * stored canonical content and its stored hash.
     */
    private static final class Entries {
        final Dialect dialect;
        final byte[] state; // ABSENT, or PRESENT (NO_TIME when occurred_at is null)
        final long[] micros;
        final Object[][] columns = new Object[EntryContent.RECORD_ID + 1][];
        final byte[][] content;
        final String[] contentHash;

        static final byte ABSENT = 0;
        static final byte PRESENT = 1;
        static final byte NO_TIME = 2;

        Entries(int size, Dialect dialect) {
            this.dialect = dialect;
            state = new byte[size];
            micros = new long[size];
            for (int f = 0; f < columns.length; f++) {
                columns[f] = new Object[size];
            }
            content = new byte[size][];
            contentHash = new String[size];
        }

        /** Reads occurred_at, the five text columns, content and content hash from column {@code first} on. */
        void read(int slot, ResultSet rs, int first) throws SQLException {
            OffsetDateTime at = rs.getObject(first, OffsetDateTime.class);
            state[slot] = at == null ? NO_TIME : PRESENT;
            micros[slot] = at == null ? 0 : ChainHasher.micros(at.toInstant());
            for (int f = 0; f < columns.length; f++) {
                columns[f][slot] = dialect.read(rs, first + 1 + f);
            }
            content[slot] = rs.getBytes(first + 6);
            contentHash[slot] = rs.getString(first + 7);
        }

        /** Whether the stored content is well-formed and the entry's columns hold exactly its fields. */
        boolean intact(int slot, EntryContent parsed) {
            if (state[slot] != PRESENT || !parsed.parse(content[slot]) || parsed.micros() != micros[slot]) {
                return false;
            }
            for (int f = 0; f < columns.length; f++) {
                Object value = columns[f][slot];
                if (!(value instanceof byte[] bytes ? parsed.matches(f, bytes) : parsed.matches(f, (String) value))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A range of links with their entries and, once checked, each link's own verdict (independent of its neighbours). */
    private static final class Range {
        int size;
        long[] seq;
        long[] entryId;
        int[] format;
        String[] prevHash;
        String[] hash;
        /** The distinct entry ids of the range, ascending; the entries' columns by the same index. */
        long[] ids;
        int distinct;
        Entries entries;
        byte[] verdicts;

        Range(int capacity) {
            seq = new long[capacity];
            entryId = new long[capacity];
            format = new int[capacity];
            prevHash = new String[capacity];
            hash = new String[capacity];
        }

        static Range read(PreparedStatement links, PreparedStatement entries, long after, long upTo, Dialect dialect)
                throws SQLException {
            Range range = new Range((int) (upTo - after));
            links.setLong(1, after);
            links.setLong(2, upTo);
            try (ResultSet rs = links.executeQuery()) {
                while (rs.next()) {
                    range.add(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5));
                }
            }
            range.sortBySeq();
            range.readEntries(entries, dialect);
            return range;
        }

        /** Puts the links in sequence order (they usually arrive in it: then this only looks). */
        private void sortBySeq() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = seq[i - 1] <= seq[i];
            }
            if (sorted) {
                return;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(seq[a], seq[b]));
            long[] s = new long[size];
            long[] e = new long[size];
            int[] f = new int[size];
            String[] p = new String[size];
            String[] h = new String[size];
            for (int i = 0; i < size; i++) {
                int from = order[i];
                s[i] = seq[from];
                e[i] = entryId[from];
                f[i] = format[from];
                p[i] = prevHash[from];
                h[i] = hash[from];
            }
            seq = s;
            entryId = e;
            format = f;
            prevHash = p;
            hash = h;
        }

        private void add(long s, long entry, int f, String prev, String h) {
            if (size == seq.length) { // more rows than sequence numbers: only if the primary key was removed
                int grown = Math.max(16, size * 2);
                seq = Arrays.copyOf(seq, grown);
                entryId = Arrays.copyOf(entryId, grown);
                format = Arrays.copyOf(format, grown);
                prevHash = Arrays.copyOf(prevHash, grown);
                hash = Arrays.copyOf(hash, grown);
            }
            seq[size] = s;
            entryId[size] = entry;
            format[size] = f;
            prevHash[size] = prev;
            hash[size] = h;
            size++;
        }

        /** Reads the entries of the links, one id range per cluster of nearby ids. */
        private void readEntries(PreparedStatement statement, Dialect dialect) throws SQLException {
            ids = Arrays.copyOf(entryId, size);
            Arrays.sort(ids);
            distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                    ids[distinct++] = ids[i];
                }
            }
            entries = new Entries(distinct, dialect);
            int start = 0;
            for (int i = 1; i <= distinct; i++) {
                if (i == distinct || ids[i] - ids[i - 1] > GAP) {
                    readCluster(statement, start, i);
                    start = i;
                }
            }
        }

        private void readCluster(PreparedStatement statement, int from, int to) throws SQLException {
            statement.setLong(1, ids[from]);
            statement.setLong(2, ids[to - 1]);
            int expected = from; // rows usually come in id order: then the next wanted id is the one to look at
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int slot = expected < to && ids[expected] == id ? expected : Arrays.binarySearch(ids, from, to, id);
                    if (slot >= 0) {
                        entries.read(slot, rs, 2);
                        expected = slot + 1;
                    } // else an entry between the wanted ones: linked elsewhere, or not yet sealed
                }
            }
        }

        Range check() {
            ChainHasher hasher = new ChainHasher();
            EntryContent parsed = new EntryContent();
            verdicts = new byte[size];
            for (int i = 0; i < size; i++) {
                verdicts[i] = verdict(i, hasher, parsed);
            }
            entries = null; // only the verdicts are needed from here on
            return this;
        }

        private byte verdict(int i, ChainHasher hasher, EntryContent parsed) {
            int slot = Arrays.binarySearch(ids, 0, distinct, entryId[i]);
            if (entries.state[slot] == Entries.ABSENT) {
                return ENTRY_MISSING;
            }
            if (!entries.intact(slot, parsed)) {
                return HASH_MISMATCH;
            }
            byte[] content = entries.content[slot];
            if (format[i] == 1) {
                return entryId[i] == seq[i] && hasher.legacyLinkMatches(seq[i], content, prevHash[i], hash[i])
                        ? OK : HASH_MISMATCH;
            }
            // every other format value is checked as format 2, so changing a link's format only breaks its hash
            return hasher.contentMatches(content, entries.contentHash[slot])
                    && hasher.linkMatches(seq[i], entryId[i], prevHash[i], hash[i]) ? OK : HASH_MISMATCH;
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
            for (int i = 0; i < range.size; i++) {
                entries++;
                if (broken != null) {
                    continue; // keep counting, stop checking: the first break is what matters
                }
                if (range.seq[i] != lastSeq + 1) {
                    fail(lastSeq + 1, Reason.MISSING_ENTRY);
                } else if (!prevHash.equals(range.prevHash[i])) {
                    fail(range.seq[i], Reason.PREVIOUS_HASH_MISMATCH);
                } else if (range.verdicts[i] == ENTRY_MISSING) {
                    fail(range.seq[i], Reason.MISSING_ENTRY);
                } else if (range.verdicts[i] != OK) {
                    fail(range.seq[i], Reason.HASH_MISMATCH);
                } else {
                    lastSeq = range.seq[i];
                    prevHash = range.hash[i];
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
     * How this database's columns are read best. Text columns: as the UTF-8 bytes PostgreSQL's driver received (the
     * connection's encoding is UTF-8), without building a String; as the String other drivers (H2) hold anyway. Hash
     * columns (CHAR(64)): H2 re-pads every CHAR value of a result unless it is read as VARCHAR; PostgreSQL sends them
     * as they are, and the cast would cost it a function call a row.
     */
    private record Dialect(boolean postgres) {

        static Dialect of(Connection connection) throws SQLException {
            return new Dialect(Databases.isPostgres(connection));
        }

        Object read(ResultSet rs, int column) throws SQLException {
            return postgres ? rs.getBytes(column) : rs.getString(column);
        }

        String hash(String column) {
            return postgres ? column : "CAST(" + column + " AS VARCHAR(64))";
        }

        /**
         * A range of links in no particular order, as {@link #entries()} reads entries: the reader puts them in order.
         * A database without current statistics (PostgreSQL with autovacuum off) answers a range with a bitmap scan,
         * and sorting its wide rows cost it more than reading them.
         */
        String links() {
            return "SELECT seq, entry_id, format, " + hash("prev_hash") + ", " + hash("hash")
                    + " FROM aud_link WHERE seq > ? AND seq <= ?";
        }

        private String entryColumns() {
            return "e.id, e.occurred_at, e.actor, e.actor_kind, e.action, e.record_type, e.record_id, e.content, "
                    + hash("e.content_hash");
        }

        String entries() {
            return "SELECT " + entryColumns() + " FROM aud_entry e WHERE e.id >= ? AND e.id <= ?";
        }

        String queued() {
            return "SELECT q.entry_id, " + entryColumns()
                    + " FROM aud_seal_queue q LEFT JOIN aud_entry e ON e.id = q.entry_id ORDER BY q.entry_id";
        }
    }
}
