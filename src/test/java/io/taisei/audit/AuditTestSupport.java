package io.taisei.audit;

import io.taisei.audit.internal.ChainHasher;
import io.taisei.audit.internal.EntryContent;
import io.taisei.support.TestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/** Helpers shared by the audit tests. */
final class AuditTestSupport {

    private AuditTestSupport() {
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(username, null, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static List<AuditEntry> entriesOf(AuditManagement audit, String recordType, Object recordId) {
        return audit.entries(new AuditFilter(recordType, String.valueOf(recordId), null, null, null, null),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.ASC, "seq"))).getContent();
    }

    /**
     * On PostgreSQL the append-only triggers refuse the tampering the tests simulate; the table owner can switch them
     * off inside the test transaction (which is rolled back, switching them on again).
     */
    static void allowTampering(JdbcTemplate jdbc) {
        if (TestDatabase.isPostgres()) {
            jdbc.execute("ALTER TABLE aud_entry DISABLE TRIGGER aud_entry_append_only");
            jdbc.execute("ALTER TABLE aud_link DISABLE TRIGGER aud_link_append_only");
        }
    }

    /**
     * Takes the chain-head row lock the background sealer tries with SKIP LOCKED, so that it cannot link new entries
     * on top of a chain a test is rewriting (the sealer then skips its turn until the test transaction ends).
     */
    static void holdTheSealerOff(JdbcTemplate jdbc) {
        jdbc.queryForList("SELECT last_seq FROM aud_chain_head WHERE id = 1 FOR UPDATE");
    }

    /** The chain position the sealer gave an entry. */
    static long seqOf(JdbcTemplate jdbc, long entryId) {
        return jdbc.queryForObject("SELECT seq FROM aud_link WHERE entry_id = ?", Long.class, entryId);
    }

    /** The entry linked at a chain position. */
    static long entryAt(JdbcTemplate jdbc, long seq) {
        return jdbc.queryForObject("SELECT entry_id FROM aud_link WHERE seq = ?", Long.class, seq);
    }

    /** What an entry shows as its after value: the after field of its stored content. */
    static String afterOf(JdbcTemplate jdbc, long entryId) {
        EntryContent content = contentOf(jdbc, entryId);
        return content.text(EntryContent.AFTER);
    }

    /**
     * What an attacker does to change what an entry shows as its after value: re-encodes its stored content with
     * another after value (the other fields as they were, so the content stays well-formed).
     */
    static void rewriteAfter(JdbcTemplate jdbc, long entryId, String afterJson) {
        EntryContent c = contentOf(jdbc, entryId);
        byte[] changed = new ChainHasher().content(c.micros(), c.text(EntryContent.ACTOR), c.text(EntryContent.ACTOR_KIND),
                c.text(EntryContent.ACTION), c.text(EntryContent.RECORD_TYPE), c.text(EntryContent.RECORD_ID),
                c.text(EntryContent.BEFORE), afterJson);
        jdbc.update("UPDATE aud_entry SET content = ? WHERE id = ?", changed, entryId);
    }

    /** Sets an entry's content hash to the hash of its (possibly altered) stored content. */
    static void recomputeContentHash(JdbcTemplate jdbc, long entryId) {
        byte[] content = jdbc.queryForObject("SELECT content FROM aud_entry WHERE id = ?", byte[].class, entryId);
        jdbc.update("UPDATE aud_entry SET content_hash = ? WHERE id = ?", new ChainHasher().contentHash(content), entryId);
    }

    private static EntryContent contentOf(JdbcTemplate jdbc, long entryId) {
        EntryContent content = new EntryContent();
        if (!content.parse(jdbc.queryForObject("SELECT content FROM aud_entry WHERE id = ?", byte[].class, entryId))) {
            throw new IllegalStateException("entry " + entryId + " has no well-formed content");
        }
        return content;
    }
}
