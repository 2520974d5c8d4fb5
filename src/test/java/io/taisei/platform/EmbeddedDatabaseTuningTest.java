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

    static final long GIGABYTE = 1024L * 1024 * 1024;

    String objectCacheBefore;
    String maxMemoryRowsBefore;
    String queryCacheBefore;

    @BeforeEach
    void rememberTheSettings() {
        objectCacheBefore = System.clearProperty(EmbeddedDatabaseTuning.OBJECT_CACHE);
        maxMemoryRowsBefore = System.clearProperty(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS);
        queryCacheBefore = System.clearProperty(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE);
    }

    @AfterEach
    void restoreTheSettings() {
        restore(EmbeddedDatabaseTuning.OBJECT_CACHE, objectCacheBefore);
        restore(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS, maxMemoryRowsBefore);
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
        EmbeddedDatabaseTuning.tune("jdbc:postgresql://127.0.0.1:5432/taisei", GIGABYTE / 2);
        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isNull();
        assertThat(System.getProperty(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS)).isNull();
        assertThat(System.getProperty(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE)).isNull();
    }

    @Test
    void eachConnectionOfTheEmbeddedH2KeepsMoreParsedStatementsThanH2Would() {
        prepare("jdbc:h2:file:./data/taisei");
        assertThat(System.getProperty(EmbeddedDatabaseTuning.QUERY_CACHE_SIZE)).isEqualTo("128");
    }

    @Test
    void onAHeapUnderOneGigabyteH2KeepsAsManyResultRowsInMemoryAsAtOneGigabyte() {
        EmbeddedDatabaseTuning.tune("jdbc:h2:file:./data/taisei", GIGABYTE / 2);
        assertThat(System.getProperty(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS)).isEqualTo("40000");
    }

    @Test
    void onALargerHeapH2ScalesItsResultRowLimitItself() {
        EmbeddedDatabaseTuning.tune("jdbc:h2:file:./data/taisei", 4 * GIGABYTE);
        assertThat(System.getProperty(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS)).isNull();
    }

    @Test
    void aResultRowLimitTheOperatorChoseIsKept() {
        System.setProperty(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS, "5000");
        EmbeddedDatabaseTuning.tune("jdbc:h2:file:./data/taisei", GIGABYTE / 2);
        assertThat(System.getProperty(EmbeddedDatabaseTuning.MAX_MEMORY_ROWS)).isEqualTo("5000");
    }
}
