package io.taisei.audit.internal;

import io.taisei.audit.AuditCheckpoint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** aud_checkpoint: insert and read only. */
@Component
public class CheckpointStore {

    private static final String COLUMNS = "id, seq, hash, created_at, created_by, public_key, signature";
    private static final RowMapper<AuditCheckpoint> MAPPER = (rs, i) -> new AuditCheckpoint(AuditCheckpoint.FORMAT,
            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
            rs.getString(5), AuditCheckpoint.ALGORITHM, rs.getString(6), rs.getString(7));

    private final JdbcTemplate jdbc;

    CheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long seq, String hash, Instant createdAt, String createdBy, String publicKey, String signature,
                       LocalDate scheduledDate) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO aud_checkpoint (seq, hash, created_at, "
                    + "created_by, public_key, signature, scheduled_date) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.setObject(3, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            ps.setString(4, createdBy);
            ps.setString(5, publicKey);
            ps.setString(6, signature);
            if (scheduledDate == null) {
                ps.setNull(7, Types.DATE);
            } else {
                ps.setObject(7, scheduledDate);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public boolean existsScheduledFor(LocalDate day) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM aud_checkpoint WHERE scheduled_date = ?",
                Integer.class, day);
        return count != null && count > 0;
    }

    public Optional<AuditCheckpoint> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM aud_checkpoint WHERE id = ?", MAPPER, id).stream().findFirst();
    }

    public Page<AuditCheckpoint> page(Pageable pageable) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM aud_checkpoint", Long.class);
        List<AuditCheckpoint> content = jdbc.query("SELECT " + COLUMNS + " FROM aud_checkpoint ORDER BY id DESC "
                + "LIMIT ? OFFSET ?", MAPPER, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    public Optional<String> hashAt(long seq) {
        return jdbc.queryForList("SELECT hash FROM aud_link WHERE seq = ?", String.class, seq).stream().findFirst();
    }
}
