package io.taisei.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every Spring test context a database of its own, so tests never see each other's rows: an in-memory H2
 * database by default, or a fresh schema in the PostgreSQL database named by {@code TAISEI_TEST_POSTGRES_URL}
 * when the suite runs with {@code -Dtaisei.test.database=postgresql}. Registered in META-INF/spring.factories.
 */
public class IsolatedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> properties = new HashMap<>();
        if (TestDatabase.isPostgres()) {
            String url = TestDatabase.postgresUrl();
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            properties.put("spring.datasource.username", TestDatabase.postgresUser());
            properties.put("spring.datasource.password", TestDatabase.postgresPassword());
            properties.put("spring.flyway.default-schema", name);
            properties.put("spring.flyway.create-schemas", "true");
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        try {
            properties.put("taisei.data-dir", Files.createTempDirectory("taisei-test-").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        // Spring keeps up to 32 test contexts alive, each with its own pool: holding 5 idle connections each they
        // exhausted PostgreSQL's 100 connections. An idle cached context gives its connections back after 10 s.
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolatedTestDatabase", properties));
    }

    /** For tests that need the same data directory as the context (set above). */
    public static Path dataDir(org.springframework.core.env.Environment environment) {
        return Path.of(environment.getRequiredProperty("taisei.data-dir"));
    }
}
