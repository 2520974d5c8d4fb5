package io.taisei.compliance.assessment;

import org.apache.tika.Tika;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bytes of evidence files and sign-off snapshots. They are written with JDBC beside the audited JPA rows that carry
 * their SHA-256, so that the audit trail records the hash rather than megabytes of content.
 */
@Component
class EvidenceStore {

    private static final Tika TIKA = new Tika();

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void putContent(long evidenceId, byte[] content) {
        jdbc.update("insert into cmp_evidence_content (evidence_id, content) values (?, ?)", evidenceId, content);
    }

    Optional<byte[]> content(long evidenceId) {
        List<byte[]> rows = jdbc.query("select content from cmp_evidence_content where evidence_id = ?",
                (rs, n) -> rs.getBytes(1), evidenceId);
        return rows.stream().findFirst();
    }

    void deleteContent(long evidenceId) {
        jdbc.update("delete from cmp_evidence_content where evidence_id = ?", evidenceId);
    }

    void putSnapshot(long campaignId, String json) {
        jdbc.update("insert into cmp_campaign_snapshot (campaign_id, snapshot) values (?, ?)", campaignId, json);
    }

    Optional<String> snapshot(long campaignId) {
        List<String> rows = jdbc.query("select snapshot from cmp_campaign_snapshot where campaign_id = ?",
                (rs, n) -> rs.getString(1), campaignId);
        return rows.stream().findFirst();
    }

    /** The content type from the bytes' magic numbers; the file name only breaks ties the bytes leave open. */
    static String sniff(byte[] content, String fileName) {
        return TIKA.detect(content, fileName);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
