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
 * Also keeps H2's limit of result rows held in memory ({@code h2.maxMemoryRows}) at its 1 GB figure of 40,000 when the
 * heap is smaller: H2 scales the limit down with the heap (20,000 at 512 MB), and a list page whose filter matches more
 * rows than that — 24,000 of 100,000 hardware/software records, sorted for page 20 — then sorted them in a temporary
 * file, at twice the cost of the page. Larger heaps keep H2's own, larger limit.
 * <p>
 * And it lets each connection keep {@value #QUERY_CACHE_ENTRIES} parsed statements instead of H2's 8
 * ({@code h2.queryCacheSize}): a ledger page runs more distinct statements than that, so on pooled connections shared
 * by every page H2 parsed and planned nearly every statement again (7% of a list page's CPU).
 */
public class EmbeddedDatabaseTuning implements EnvironmentPostProcessor {

    static final String OBJECT_CACHE = "h2.objectCache";
    static final String MAX_MEMORY_ROWS = "h2.maxMemoryRows";
    static final int MAX_MEMORY_ROWS_AT_ONE_GIGABYTE = 40_000;
    static final String QUERY_CACHE_SIZE = "h2.queryCacheSize";
    static final int QUERY_CACHE_ENTRIES = 128;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        tune(environment.getProperty("spring.datasource.url", ""), Runtime.getRuntime().maxMemory());
    }

    static void tune(String url, long maxHeapBytes) {
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        if (System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
        if (System.getProperty(QUERY_CACHE_SIZE) == null) {
            System.setProperty(QUERY_CACHE_SIZE, String.valueOf(QUERY_CACHE_ENTRIES));
        }
        if (System.getProperty(MAX_MEMORY_ROWS) == null && maxHeapBytes < 1024L * 1024 * 1024) {
            System.setProperty(MAX_MEMORY_ROWS, String.valueOf(MAX_MEMORY_ROWS_AT_ONE_GIGABYTE));
        }
    }
}
