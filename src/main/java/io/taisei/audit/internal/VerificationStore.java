package io.taisei.audit.internal;

import io.taisei.audit.AuditVerification;
import io.taisei.audit.AuditVerificationRun;
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

/** aud_verification: the stored verification runs, insert and read only (newest first, by id). */
@Component
public class VerificationStore {

    private static final String COLUMNS = "id, started_at, finished_at, triggered_by, actor, intact, entries, head_seq, "
            + "first_broken_seq, broken_entry_id, reason, checkpoint_seq";
    private static final RowMapper<AuditVerificationRun> MAPPER = (rs, i) -> new AuditVerificationRun(rs.getLong(1),
            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant(),
            AuditVerificationRun.Trigger.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getLong(7),
            rs.getLong(8), rs.getObject(9, Long.class), rs.getObject(10, Long.class),
            rs.getString(11) == null ? null : AuditVerification.Reason.valueOf(rs.getString(11)),
            rs.getObject(12, Long.class));

    private final JdbcTemplate jdbc;

    VerificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a run and returns it with its id; {@code scheduledDate} only for the scheduled run of that day. */
    public AuditVerificationRun insert(AuditVerification result, Instant startedAt, Instant finishedAt,
                                       AuditVerificationRun.Trigger trigger, String actor, LocalDate scheduledDate) {
        Long checkpointSeq = result.checkpoint() == null ? null : result.checkpoint().sequence();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO aud_verification (started_at, finished_at, "
                    + "triggered_by, actor, intact, entries, head_seq, first_broken_seq, broken_entry_id, reason, "
                    + "checkpoint_seq, scheduled_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"});
            ps.setObject(1, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC));
            ps.setString(3, trigger.name());
            ps.setString(4, actor);
            ps.setBoolean(5, result.valid());
            ps.setLong(6, result.entries());
            ps.setLong(7, result.headSequence());
            ps.setObject(8, result.firstBrokenSequence(), Types.BIGINT);
            ps.setObject(9, result.brokenEntryId(), Types.BIGINT);
            ps.setString(10, result.reason() == null ? null : result.reason().name());
            ps.setObject(11, checkpointSeq, Types.BIGINT);
            ps.setObject(12, scheduledDate, Types.DATE);
            return ps;
        }, keys);
        return new AuditVerificationRun(keys.getKey().longValue(), startedAt, finishedAt, trigger, actor,
                result.valid(), result.entries(), result.headSequence(), result.firstBrokenSequence(),
                result.brokenEntryId(), result.reason(), checkpointSeq);
    }

    public boolean existsScheduledFor(LocalDate day) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM aud_verification WHERE scheduled_date = ?",
                Integer.class, day);
        return count != null && count > 0;
    }

    public Optional<AuditVerificationRun> latest() {
        return jdbc.query("SELECT " + COLUMNS + " FROM aud_verification ORDER BY id DESC LIMIT 1", MAPPER).stream()
                .findFirst();
    }

    public Page<AuditVerificationRun> page(Pageable pageable) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM aud_verification", Long.class);
        List<AuditVerificationRun> content = jdbc.query("SELECT " + COLUMNS + " FROM aud_verification ORDER BY id DESC "
                + "LIMIT ? OFFSET ?", MAPPER, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }
}
