package io.taisei.audit.internal;

import io.taisei.audit.AuditEntry;
import io.taisei.audit.AuditFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Listing and exporting entries, filtered and paginated in SQL on indexed columns. Entries waiting to be sealed are
 * listed too (without a sequence number), so a change is in the trail from the moment it commits.
 */
@Component
public class AuditQueries {

    private static final String COLUMNS = "e.id, l.seq, e.occurred_at, e.actor, e.actor_kind, e.action, e.record_type, "
            + "e.record_id, e.content, e.content_hash, l.prev_hash, l.hash";
    private static final String FROM = " FROM aud_entry e LEFT JOIN aud_link l ON l.entry_id = e.id";
    /** Before and after come from the entry's canonical content (null both if it is not well-formed, i.e. tampered). */
    private static final RowMapper<AuditEntry> MAPPER = (rs, i) -> {
        EntryContent content = new EntryContent();
        boolean readable = content.parse(rs.getBytes(9));
        return new AuditEntry(rs.getLong(1), rs.getObject(2, Long.class),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), readable ? content.text(EntryContent.BEFORE) : null,
                readable ? content.text(EntryContent.AFTER) : null, rs.getString(10), rs.getString(11),
                rs.getString(12));
    };

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final ZoneId zone;

    AuditQueries(DataSource dataSource, AuditSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(ChainVerifier.FETCH_SIZE);
        this.zone = settings.zone();
    }

    public Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
        Where where = where(filter);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM aud_entry e" + where.sql, Long.class, where.args.toArray());
        // "seq" and "id" both sort by the entry id: the order entries were recorded in, which the chain follows too
        Sort.Order order = pageable.getSort().stream().findFirst().orElse(null);
        String direction = order != null && order.isAscending() ? "ASC" : "DESC";
        List<Object> args = new ArrayList<>(where.args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<AuditEntry> content = jdbc.query("SELECT " + COLUMNS + FROM + where.sql + " ORDER BY e.id "
                + direction + " LIMIT ? OFFSET ?", MAPPER, args.toArray());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Streams every matching entry in sequence order; call inside a transaction so PostgreSQL streams too. */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        Where where = where(filter);
        streaming.query("SELECT " + COLUMNS + FROM + where.sql + " ORDER BY e.id",
                rs -> { consumer.accept(MAPPER.mapRow(rs, 0)); }, where.args.toArray());
    }

    public List<String> recordTypes() {
        return jdbc.queryForList("SELECT DISTINCT record_type FROM aud_entry ORDER BY record_type", String.class);
    }

    private Where where(AuditFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.recordType() != null) {
            and(sql).append("e.record_type = ?");
            args.add(filter.recordType());
        }
        if (filter.recordId() != null) {
            and(sql).append("e.record_id = ?");
            args.add(filter.recordId());
        }
        if (filter.actor() != null) {
            if (filter.actor().contains(":") || filter.actor().equals("system")) {
                and(sql).append("e.actor = ?");
                args.add(filter.actor());
            } else { // a bare user name: the user's own actions and those made with the user's API tokens
                and(sql).append("(e.actor = ? OR e.actor LIKE ?)");
                args.add("user:" + filter.actor());
                args.add("token:" + filter.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%");
            }
        }
        if (filter.action() != null) {
            and(sql).append("e.action = ?");
            args.add(filter.action());
        }
        if (filter.from() != null) {
            and(sql).append("e.occurred_at >= ?");
            args.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            and(sql).append("e.occurred_at < ?");
            args.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return new Where(sql.toString(), args);
    }

    private static StringBuilder and(StringBuilder sql) {
        return sql.append(sql.isEmpty() ? " WHERE " : " AND ");
    }

    private record Where(String sql, List<Object> args) {
    }
}
