package io.taisei.audit.internal;

import io.taisei.platform.Databases;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Fills {@code aud_entry.content} of the entries recorded before it existed with their canonical content, encoded by
 * {@link ChainHasher} from the columns exactly as their content hash (or, for format-1 links, their chain hash) was
 * computed, so every link and checkpoint keeps its hash. An entry altered before this migration keeps its alteration
 * in the content, where verification reports it as before. In the migration's transaction, 1,000 entries a round;
 * on PostgreSQL the append-only trigger is switched off for that transaction only. A Spring bean, which Spring Boot
 * hands to Flyway beside the SQL migrations.
 */
@Component
class V202611261201__audit_entry_content extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = Databases.isPostgres(connection);
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE aud_entry DISABLE TRIGGER aud_entry_append_only");
            }
        }
        ChainHasher hasher = new ChainHasher();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, occurred_at, actor, actor_kind, action, "
                + "record_type, record_id, before_json, after_json FROM aud_entry WHERE id > ? ORDER BY id LIMIT " + BATCH);
             PreparedStatement update = connection.prepareStatement("UPDATE aud_entry SET content = ? WHERE id = ?")) {
            long after = Long.MIN_VALUE;
            int rows;
            do {
                rows = 0;
                select.setLong(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        long micros = ChainHasher.micros(rs.getObject(2, OffsetDateTime.class).toInstant());
                        update.setBytes(1, hasher.content(micros, rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                        update.setLong(2, after);
                        update.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    update.executeBatch();
                }
            } while (rows == BATCH);
        }
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE aud_entry ENABLE TRIGGER aud_entry_append_only");
            }
        }
    }
}
