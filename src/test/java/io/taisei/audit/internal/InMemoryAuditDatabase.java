package io.taisei.audit.internal;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;

import java.util.UUID;

/**
 * A database of its own for a test of the audit internals, outside any Spring context, so tampering can be committed
 * as a real attacker's would be: in-memory H2 in the mode the application uses, kept open until the JVM ends.
 */
final class InMemoryAuditDatabase {

    private InMemoryAuditDatabase() {
    }

    /** An empty database, named from {@code prefix} and a random suffix. */
    static JdbcDataSource empty(String prefix) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + prefix + "_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    /** The H2 migrations, with the audit module's Java migration, for this database. */
    static FluentConfiguration migrations(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(new V202611261201__audit_entry_content());
    }

    /** An empty database with every migration applied. */
    static JdbcDataSource migrated(String prefix) {
        JdbcDataSource dataSource = empty(prefix);
        migrations(dataSource).load().migrate();
        return dataSource;
    }
}
