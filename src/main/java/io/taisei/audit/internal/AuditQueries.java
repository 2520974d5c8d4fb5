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

/** Listing and exporting entries, filtered and paginated in SQL on indexed columns. */
@Component
public class AuditQueries {

    private static final String COLUMNS = "seq, occurred_at, actor, actor_kind, action, record_type, record_id, "
            + "before_json, after_json, prev_hash, hash";
    private static final RowMapper<AuditEntry> MAPPER = (rs, i) -> new AuditEntry(rs.getLong(1),
            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));

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
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM aud_entry" + where.sql, Long.class, where.args.toArray());
        Sort.Order order = pageable.getSort().getOrderFor("seq");
        String direction = order != null && order.isAscending() ? "ASC" : "DESC";
        List<Object> args = new ArrayList<>(where.args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<AuditEntry> content = jdbc.query("SELECT " + COLUMNS + " FROM aud_entry" + where.sql + " ORDER BY seq "
                + direction + " LIMIT ? OFFSET ?", MAPPER, args.toArray());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Streams every matching entry in sequence order; call inside a transaction so PostgreSQL streams too. */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        Where where = where(filter);
        streaming.query("SELECT " + COLUMNS + " FROM aud_entry" + where.sql + " ORDER BY seq",
                rs -> { consumer.accept(MAPPER.mapRow(rs, 0)); }, where.args.toArray());
    }

    public List<String> recordTypes() {
        return jdbc.queryForList("SELECT DISTINCT record_type FROM aud_entry ORDER BY record_type", String.class);
    }

    private Where where(AuditFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.recordType() != null) {
            and(sql).append("record_type = ?");
            args.add(filter.recordType());
        }
        if (filter.recordId() != null) {
            and(sql).append("record_id = ?");
            args.add(filter.recordId());
        }
        if (filter.actor() != null) {
            if (filter.actor().contains(":") || filter.actor().equals("system")) {
                and(sql).append("actor = ?");
                args.add(filter.actor());
            } else { // a bare user name: the user's own actions and those made with the user's API tokens
                and(sql).append("(actor = ? OR actor LIKE ?)");
                args.add("user:" + filter.actor());
                args.add("token:" + filter.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%");
            }
        }
        if (filter.action() != null) {
            and(sql).append("action = ?");
            args.add(filter.action());
        }
        if (filter.from() != null) {
            and(sql).append("occurred_at >= ?");
            args.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            and(sql).append("occurred_at < ?");
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
