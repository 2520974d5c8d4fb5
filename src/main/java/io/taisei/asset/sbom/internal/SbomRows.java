package io.taisei.asset.sbom.internal;

import io.taisei.asset.sbom.SbomComponentSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bulk rows of an SBOM version — components and dependency edges — written in JDBC batches (a 10,000-component
 * file would otherwise be 10,000 entity inserts and audit entries; the version row that owns them is the audited
 * record) and read straight from the tables.
 */
@Component
public class SbomRows {

    private static final int BATCH = 1000;
    /** Entries of the licence and hash columns, one per line. */
    private static final String SEPARATOR = "\n";

    static final String COMPONENT_COLUMNS = "id, bom_ref, component_type, group_name, name, version, purl, cpe, "
            + "supplier, licences, hashes";

    /** Sortable properties of the component list and their columns. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name", "version", "version",
            "purl", "purl", "group", "group_name", "type", "component_type", "supplier", "supplier");

    static final RowMapper<SbomComponentSummary> COMPONENT = (rs, n) -> new SbomComponentSummary(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9), split(rs.getString(10)), split(rs.getString(11)));

    private final JdbcTemplate jdbc;

    SbomRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long sbomId, ParsedSbom parsed) {
        jdbc.batchUpdate("insert into ast_sbom_component (sbom_id, bom_ref, component_type, group_name, name, version, "
                        + "purl, cpe, supplier, licences, hashes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                parsed.components(), BATCH, (ps, c) -> {
                    ps.setLong(1, sbomId);
                    set(ps, 2, Texts.fit(c.bomRef(), 1000));
                    set(ps, 3, Texts.fit(c.type(), 40));
                    set(ps, 4, Texts.fit(c.group(), 500));
                    ps.setString(5, Texts.fit(c.name(), 500));
                    set(ps, 6, Texts.fit(c.version(), 200));
                    set(ps, 7, Texts.fit(c.purl(), 2000));
                    set(ps, 8, Texts.fit(c.cpe(), 1000));
                    set(ps, 9, Texts.fit(c.supplier(), 500));
                    set(ps, 10, join(c.licences()));
                    set(ps, 11, join(c.hashes()));
                });
        jdbc.batchUpdate("insert into ast_sbom_dependency (sbom_id, from_ref, to_ref) values (?, ?, ?)",
                parsed.dependencies(), BATCH, (ps, e) -> {
                    ps.setLong(1, sbomId);
                    ps.setString(2, Texts.fit(e.from(), 1000));
                    ps.setString(3, Texts.fit(e.to(), 1000));
                });
    }

    /** One page of a version's components, optionally only those whose name, group or purl contains {@code q}. */
    public Page<SbomComponentSummary> components(long sbomId, String q, Pageable pageable) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(sbomId);
        String where = " from ast_sbom_component where sbom_id = ?";
        String pattern = pattern(q);
        if (pattern != null) {
            where += " and (lower(name) like ? escape '\\' or lower(group_name) like ? escape '\\'"
                    + " or lower(purl) like ? escape '\\')";
            arguments.addAll(List.of(pattern, pattern, pattern));
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, arguments.toArray());
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : pageable.getSort()) {
            String column = SORT_COLUMNS.get(o.getProperty());
            if (column != null) {
                order.append(column).append(o.isAscending() ? " asc" : " desc").append(", ");
            }
        }
        order.append("id");
        arguments.add(pageable.getOffset());
        arguments.add(pageable.getPageSize());
        List<SbomComponentSummary> content = jdbc.query("select " + COMPONENT_COLUMNS + where + " order by " + order
                + " offset ? rows fetch next ? rows only", COMPONENT, arguments.toArray());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Every component of a version in file order, handed over in id-ordered batches (keyset paging). */
    public void forEachComponentBatch(long sbomId, int batchSize, Consumer<List<SbomComponentSummary>> batches) {
        long after = 0;
        while (true) {
            List<SbomComponentSummary> batch = jdbc.query("select " + COMPONENT_COLUMNS
                    + " from ast_sbom_component where sbom_id = ? and id > ? order by id fetch first ? rows only",
                    COMPONENT, sbomId, after, batchSize);
            if (batch.isEmpty()) {
                return;
            }
            batches.accept(batch);
            if (batch.size() < batchSize) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    public List<SbomComponentSummary> allComponents(long sbomId) {
        return jdbc.query("select " + COMPONENT_COLUMNS + " from ast_sbom_component where sbom_id = ? order by id",
                COMPONENT, sbomId);
    }

    public List<ParsedSbom.Edge> dependencies(long sbomId) {
        return jdbc.query("select from_ref, to_ref from ast_sbom_dependency where sbom_id = ? order by from_ref, to_ref",
                (rs, n) -> new ParsedSbom.Edge(rs.getString(1), rs.getString(2)), sbomId);
    }

    /** Each system's current SBOM (its latest version) as system id → version id, in version order. */
    public List<long[]> currentVersions() {
        return jdbc.query("select system_id, max(id) from ast_sbom group by system_id order by 2",
                (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)});
    }

    private static void set(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static String join(List<String> entries) {
        return entries.isEmpty() ? null : Texts.fit(String.join(SEPARATOR, entries), 8000);
    }

    private static List<String> split(String column) {
        return column == null ? List.of() : Arrays.asList(column.split(SEPARATOR));
    }

    private static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
