package io.taisei.asset.internal;

import io.taisei.asset.ComponentSource;
import io.taisei.asset.InstalledComponent;
import io.taisei.asset.SystemId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads what is installed in which system for vulnerability matching, straight from the tables: matching reads every
 * component of every system, so this avoids loading entities, and pages by id (keyset) so memory stays flat.
 */
@Service
@Transactional(readOnly = true)
public class InstalledComponents {

    private static final String LEDGER_SELECT = """
            select h.id, l.system_id, h.vendor, h.product, h.product_version, h.purl, h.cpe
              from ast_hardware_software h
              left join ast_hardware_software_system l on l.hardware_software_id = h.id
            """;

    private static final RowMapper<InstalledComponent> LEDGER_ROW = (rs, n) -> new InstalledComponent(
            ComponentSource.LEDGER, rs.getLong(1), SystemId.of(nullableLong(rs.getObject(2))), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));

    private final NamedParameterJdbcTemplate jdbc;

    InstalledComponents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The given ledger records, once per system they run in (once with no system if they run in none). */
    public List<InstalledComponent> ledgerComponents(Collection<Long> hardwareSoftwareIds) {
        if (hardwareSoftwareIds.isEmpty()) {
            return List.of();
        }
        List<InstalledComponent> found = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(hardwareSoftwareIds), 1000)) {
            found.addAll(jdbc.query(LEDGER_SELECT + " where h.id in (:ids) order by h.id",
                    Map.of("ids", chunk), LEDGER_ROW));
        }
        return found;
    }

    /** Everything the ledger records as running in one system. */
    public List<InstalledComponent> ledgerComponentsOf(long systemId) {
        return jdbc.query(LEDGER_SELECT + " where l.system_id = :system order by h.id", Map.of("system", systemId),
                LEDGER_ROW);
    }

    /**
     * Every ledger component, in record id order, handed over in batches of at most {@code batchSize} components (a
     * record running in several systems is one component per system, so a batch of records can hold more).
     */
    public void forEachLedgerBatch(int batchSize, Consumer<List<InstalledComponent>> batches) {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.queryForList(
                    "select id from ast_hardware_software where id > :after order by id fetch first " + batchSize
                            + " rows only", Map.of("after", after), Long.class);
            if (ids.isEmpty()) {
                return;
            }
            chunks(ledgerComponents(ids), batchSize).forEach(batches);
            after = ids.get(ids.size() - 1);
        }
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
