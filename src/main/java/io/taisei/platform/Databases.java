package io.taisei.platform;

import java.sql.Connection;
import java.sql.SQLException;

/** Which database a connection leads to, for the few places that read or tune differently on each. */
public final class Databases {

    private Databases() {
    }

    /** Whether the connection is to PostgreSQL (otherwise it is the embedded H2). */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }
}
