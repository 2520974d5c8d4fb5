package io.taisei.asset.internal;

import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.audit.AuditRecord;
import io.taisei.audit.AuditTrail;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import io.taisei.platform.JdbcBatches;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the checked rows of a hardware/software import a chunk at a time with plain JDBC on the transaction's
 * connection: which codes name stored records is looked up for the whole file first; then for each chunk one query
 * for the stored records it updates (and one for their systems), ids for the new ones from the sequence in one query,
 * and JDBC batches for the records, their systems and their audit entries.
 * Through JPA each row cost a lookup, an identity insert that cannot be batched and an insert per system.
 * <p>
 * What a JPA save does is kept: timestamps and version as the entity's callbacks set them, the version checked on
 * update, a CREATE or UPDATE audit entry with the state the entity listener records ({@link
 * HardwareSoftware#auditState}), nothing written for a row that changes nothing, and every row announced through
 * {@link SoftwareChanges}.
 */
@Component
class HardwareSoftwareImportWriter {

    /** How the audit trail names these records (as its entity listener does for {@link HardwareSoftware}). */
    static final String RECORD_TYPE = "asset.HardwareSoftware";

    /** Codes looked up in one query when an import starts. */
    private static final int LOOKUP_CHUNK = 500;

    private static final String SELECT_IDS = "select id, code_key from ast_hardware_software where code_key in ";
    private static final String SELECT = "select id, code_key, " + HardwareSoftware.COLUMNS
            + ", search_text, effective_support_ends_on from ast_hardware_software where id in ";
    private static final String SELECT_SYSTEMS = "select hardware_software_id, system_id "
            + "from ast_hardware_software_system where hardware_software_id in ";
    private static final String INSERT = "insert into ast_hardware_software (id, " + HardwareSoftware.COLUMNS
            + ") values (?" + ", ?".repeat(HardwareSoftware.COLUMN_COUNT) + ")";
    private static final String UPDATE = "update ast_hardware_software set (" + HardwareSoftware.COLUMNS + ") = ("
            + "?, ".repeat(HardwareSoftware.COLUMN_COUNT - 1) + "?) where id = ? and version = ?";
    private static final String INSERT_SYSTEM = "insert into ast_hardware_software_system "
            + "(hardware_software_id, system_id) values (?, ?)";
    private static final String DELETE_SYSTEM = "delete from ast_hardware_software_system "
            + "where hardware_software_id = ? and system_id = ?";

    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final OwnerCheck owners;
    private final SoftwareChanges changes;

    HardwareSoftwareImportWriter(JdbcTemplate jdbc, AuditTrail auditTrail, OwnerCheck owners, SoftwareChanges changes) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.owners = owners;
        this.changes = changes;
    }

    /** A record changed by a chunk, with what is stored now (to check the version and write only new links). */
    private record Update(HardwareSoftware record, long storedVersion, Set<Long> storedSystems) {
    }

    /**
     * Starts writing the drafts of one import, in the caller's transaction: finds which of their codes name stored
     * records before anything is written (so that no lookup runs against a table growing with the import — a query
     * plan PostgreSQL cached while the table was small would scan it all for every chunk).
     */
    Import start(List<HardwareSoftwareDraft> drafts) {
        Map<String, Long> stored = new HashMap<>();
        List<String> codeKeys = drafts.stream().map(d -> Text.codeKey(d.code())).toList();
        for (int from = 0; from < codeKeys.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = codeKeys.subList(from, Math.min(codeKeys.size(), from + LOOKUP_CHUNK));
            jdbc.query(SELECT_IDS + placeholders(chunk.size()), rs -> {
                stored.put(rs.getString(2), rs.getLong(1));
            }, chunk.toArray());
        }
        return new Import(stored, owners.remembering());
    }

    /** One import's writing: what {@link #start} found stored, and the owners looked up so far. */
    final class Import implements HardwareSoftwareService.ImportRows {

        private final Map<String, Long> stored;
        private final Function<PersonId, Optional<PersonSummary>> people;

        private Import(Map<String, Long> stored, Function<PersonId, Optional<PersonSummary>> people) {
            this.stored = stored;
            this.people = people;
        }

        /**
         * Creates or updates (matched by code, ignoring case) each draft of a chunk of the import.
         *
         * @return how many were created
         */
        @Override
        public int write(List<HardwareSoftwareDraft> drafts) {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                // outside a transaction each batch would commit on its own: all or nothing would be lost
                throw new IllegalStateException("an import writes inside the caller's transaction");
            }
            if (drafts.isEmpty()) {
                return 0;
            }
            // the precision the database keeps, so that the audit entry shows what was stored
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<Long> storedIds = drafts.stream().map(d -> stored.get(Text.codeKey(d.code())))
                    .filter(Objects::nonNull).toList();
            // a record deleted since the import started is created again, as a save through JPA would
            Map<Long, HardwareSoftware> loaded = load(storedIds);
            Iterator<Long> ids = JdbcBatches.nextIds(jdbc, "ast_hardware_software_seq", drafts.size() - loaded.size())
                    .iterator();
            List<HardwareSoftware> created = new ArrayList<>();
            List<Update> updated = new ArrayList<>();
            List<AuditRecord> audit = new ArrayList<>();
            for (HardwareSoftwareDraft draft : drafts) {
                owners.check(draft.ownerId(), people); // the owner may have left since the file was checked
                Long storedId = stored.get(Text.codeKey(draft.code()));
                HardwareSoftware record = storedId == null ? null : loaded.get(storedId);
                if (record == null) {
                    record = new HardwareSoftware(draft);
                    record.created(ids.next(), now);
                    created.add(record);
                    audit.add(AuditRecord.of(AuditRecord.CREATE, RECORD_TYPE, record.getId(), null,
                            record.auditState()));
                } else {
                    Map<String, Object> before = record.auditState();
                    long storedVersion = record.getVersion();
                    Set<Long> storedSystems = Set.copyOf(record.systems());
                    record.apply(draft);
                    if (!HardwareSoftware.sameValues(before, record.auditState())) {
                        record.updated(now);
                        updated.add(new Update(record, storedVersion, storedSystems));
                        audit.add(AuditRecord.of(AuditRecord.UPDATE, RECORD_TYPE, record.getId(), before,
                                record.auditState()));
                    }
                }
                changes.changed(record.getId());
            }
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                insert(connection, created);
                update(connection, updated);
                return null;
            });
            if (!audit.isEmpty()) {
                auditTrail.appendAll(audit);
            }
            return created.size();
        }
    }

    /** The stored records with these ids, with their systems. */
    private Map<Long, HardwareSoftware> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute((ConnectionCallback<Map<Long, HardwareSoftware>>) connection -> {
            Map<Long, HardwareSoftware> byId = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(SELECT + placeholders(ids.size()))) {
                bindAll(ps, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        HardwareSoftware record = HardwareSoftware.fromRow(rs);
                        byId.put(record.getId(), record);
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(SELECT_SYSTEMS + placeholders(ids.size()))) {
                bindAll(ps, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.get(rs.getLong(1)).systems().add(rs.getLong(2));
                    }
                }
            }
            return byId;
        });
    }

    private static void insert(Connection connection, List<HardwareSoftware> created) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (HardwareSoftware record : created) {
                ps.setLong(1, record.getId());
                record.bind(ps, 2);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<long[]> links = new ArrayList<>();
        created.forEach(record -> record.systems().forEach(system -> links.add(new long[]{record.getId(), system})));
        links(connection, INSERT_SYSTEM, links);
    }

    private static void update(Connection connection, List<Update> updated) throws SQLException {
        if (updated.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
            for (Update u : updated) {
                u.record().bind(ps, 1);
                ps.setLong(HardwareSoftware.COLUMN_COUNT + 1, u.record().getId());
                ps.setLong(HardwareSoftware.COLUMN_COUNT + 2, u.storedVersion());
                ps.addBatch();
            }
            JdbcBatches.requireEveryRowUpdated(ps.executeBatch(),
                    i -> "hardware/software " + updated.get(i).record().getCode());
        }
        List<long[]> removed = new ArrayList<>();
        List<long[]> added = new ArrayList<>();
        for (Update u : updated) {
            long id = u.record().getId();
            u.storedSystems().stream().filter(s -> !u.record().systems().contains(s))
                    .forEach(s -> removed.add(new long[]{id, s}));
            u.record().systems().stream().filter(s -> !u.storedSystems().contains(s))
                    .forEach(s -> added.add(new long[]{id, s}));
        }
        links(connection, DELETE_SYSTEM, removed);
        links(connection, INSERT_SYSTEM, added);
    }

    private static void links(Connection connection, String sql, List<long[]> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (long[] link : links) {
                ps.setLong(1, link[0]);
                ps.setLong(2, link[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String placeholders(int count) {
        return "(" + "?, ".repeat(count - 1) + "?)";
    }

    private static void bindAll(PreparedStatement ps, Collection<?> values) throws SQLException {
        int i = 1;
        for (Object value : values) {
            ps.setObject(i++, value);
        }
    }
}
