package io.taisei.support;

/** Which database the suite runs on: H2 unless {@code -Dtaisei.test.database=postgresql}. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("taisei.test.database", "h2"));
    }

    public static String postgresUrl() {
        String url = System.getenv("TAISEI_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("taisei.test.database=postgresql but TAISEI_TEST_POSTGRES_URL is not set");
        }
        return url;
    }

    public static String postgresUser() {
        return System.getenv().getOrDefault("TAISEI_TEST_POSTGRES_USER", "postgres");
    }

    public static String postgresPassword() {
        return System.getenv().getOrDefault("TAISEI_TEST_POSTGRES_PASSWORD", "");
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
