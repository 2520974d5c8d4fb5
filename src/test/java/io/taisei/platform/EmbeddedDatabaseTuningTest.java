package io.taisei.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTuningTest {

    String objectCacheBefore;
    String queryCacheBefore;

    @BeforeEach
    void rememberTheSettings() {
        objectCacheBefore = System.clearProperty(EmbeddedDatabaseTuning.OBJECT_CACHE);
        queryCacheBefore = System.clearProperty(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE);
    }

    @AfterEach
    void restoreTheSettings() {
        restore(EmbeddedDatabaseTuning.OBJECT_CACHE, objectCacheBefore);
        restore(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE, queryCacheBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static void prepare(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        new EmbeddedDatabaseTuning().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void theEmbeddedH2ReadsWithoutItsSharedValueCache() {
        prepare("jdbc:h2:file:./data/taisei;MODE=PostgreSQL");
        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isEqualTo("false");
    }

    @Test
    void aValueTheOperatorChoseIsKept() {
        System.setProperty(EmbeddedDatabaseTuning.OBJECT_CACHE, "true");
        prepare("jdbc:h2:file:./data/taisei");
        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isEqualTo("true");
    }

    @Test
    void postgresqlLeavesH2Alone() {
        prepare("jdbc:postgresql://127.0.0.1:5432/taisei");
        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isNull();
        assertThat(System.getProperty(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE)).isNull();
    }

    @Test
    void eachConnectionOfTheEmbeddedH2KeepsMoreParsedStatementsThanH2Would() {
        prepare("jdbc:h2:file:./data/taisei");
        assertThat(System.getProperty(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE)).isEqualTo("128");
    }
}
