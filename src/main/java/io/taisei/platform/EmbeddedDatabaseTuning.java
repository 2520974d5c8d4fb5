package io.taisei.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Switches off H2's shared value cache ({@code h2.objectCache}) when the database is the embedded H2, unless the
 * operator set it. H2 would otherwise hash every value it reads from disk (the whole binary content of an audit entry
 * included) to look it up in one JVM-wide table of 1,024 slots; on the reads that dominate here — long scans of
 * mostly distinct values, such as audit verification — that costs about a quarter of the read time and saves nothing.
 * H2 reads the setting once, when its classes initialise, so it is set while the environment is prepared, before any
 * connection opens. Registered in {@code META-INF/spring.factories}.
 * <p>
 * It also lets each connection keep {@value #QUERY_CACHE_ENTRIES} parsed statements instead of H2's 8
 * ({@code h2.queryCacheSize}): a ledger page runs more distinct statements than that, so on pooled connections shared
 * by every page H2 parsed and planned nearly every statement again (7% of a list page's CPU).
 */
public class EmbeddedDatabaseTuning implements EnvironmentPostProcessor {

    static final String OBJECT_CACHE = "h2.objectCache";
    static final String QUERY_CACHE_SIZE = "h2.queryCacheSize";
    static final int QUERY_CACHE_ENTRIES = 128;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        if (System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
        if (System.getProperty(QUERY_CACHE_SIZE) == null) {
            System.setProperty(QUERY_CACHE_SIZE, String.valueOf(QUERY_CACHE_ENTRIES));
        }
    }
}
