package io.taisei.bench;

import io.taisei.TaiseiApplication;
import io.taisei.vulnerability.AdvisoryManagement;
import io.taisei.vulnerability.FeedFormat;
import io.taisei.vulnerability.ImportResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * NVD CVE API 2.0 import benchmark (run with bench/nvd-import-bench.sh): generated NVD files of increasing size —
 * each CVE with a CVSS v3.1 vector, a CWE, CPE configurations with version ranges and references, like real NVD
 * records — imported through the same path as an upload. Prints records per second (goal: at least 5,000) and the
 * peak heap used during each import, which must not grow with the file size (the reader streams). Each import starts
 * once the re-matching and the sealing of audit entries set off by the one before have finished.
 */
class NvdImportBenchmark {

    /**
     * Untimed imports of this many CVEs come first, until the JIT compilers' time during one is at most
     * {@link #SETTLED_JIT_SHARE} of its wall time, or {@code bench.nvd.maxWarmUps} of them have run.
     */
    static final int WARM_UP = Integer.getInteger("bench.nvd.warmUp", 20_000);
    static final double SETTLED_JIT_SHARE = 0.1;
    static final int MAX_WARM_UPS = Integer.getInteger("bench.nvd.maxWarmUps", 5);
    static final int[] SIZES = {Integer.getInteger("bench.nvd.small", 20_000), Integer.getInteger("bench.nvd.large", 100_000)};
    static final String[] VECTORS = {"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:C/C:L/I:L/A:N",
            "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"};
    static final String[] PRODUCTS = {"apache:tomcat", "oracle:mysql", "microsoft:exchange_server", "vmware:spring_framework",
            "openssl:openssl", "fortinet:fortios", "cisco:ios_xe", "f5:big-ip_access_policy_manager"};

    /** With -Dbench.nvd.liveHeap=true a full collection runs every 2 s during each import (slows it a little). */
    static final boolean LIVE_HEAP = Boolean.getBoolean("bench.nvd.liveHeap");
    static final long LIVE_HEAP_EVERY_NANOS = 2_000_000_000L;

    final StringBuilder report = new StringBuilder();
    /** PostgreSQL only: reads which server processes serve this benchmark's database. */
    JdbcTemplate backends;
    JdbcTemplate jdbc;

    @Test
    void nvdImportBenchmark() throws Exception {
        Path dir = Files.createTempDirectory("taisei-nvd-bench-");
        line("Taisei NVD import benchmark — %d cores, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Map<String, Object> properties = new HashMap<>();
        String pg = System.getenv("TAISEI_BENCH_POSTGRES_URL");
        String database;
        if (pg != null && !pg.isBlank()) {
            String schema = "nvdbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            // the application name tells this run's server processes from others on the same database
            properties.put("spring.datasource.url", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + "&ApplicationName=" + schema);
            properties.put("spring.datasource.username", System.getenv().getOrDefault("TAISEI_BENCH_POSTGRES_USER", "postgres"));
            properties.put("spring.datasource.password", System.getenv().getOrDefault("TAISEI_BENCH_POSTGRES_PASSWORD", ""));
            properties.put("spring.flyway.default-schema", schema);
            properties.put("spring.flyway.create-schemas", "true");
            database = "PostgreSQL";
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("bench")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
            database = "H2 (file)";
        }
        // the pool as in production (the test suite's initializer, also on this classpath, lets idle connections go)
        properties.put("spring.datasource.hikari.maximum-pool-size", "10");
        properties.put("spring.datasource.hikari.minimum-idle", "10");
        properties.put("taisei.data-dir", dir.toString());
        properties.put("taisei.vulnerability.max-import-size", "4GB");
        properties.put("taisei.audit.checkpoint-cron", "-");
        properties.put("logging.level.root", "WARN");
        properties.put("server.port", "-1");
        properties.put("taisei.command-line", "true");
        ApplicationContextInitializer<ConfigurableApplicationContext> override = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("bench", properties));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TaiseiApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).initializers(override).run()) {
            AdvisoryManagement advisories = context.getBean(AdvisoryManagement.class);
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            if (pg != null && !pg.isBlank()) {
                backends = jdbc;
            }
            line("database: %s", database);
            // the first imports after start run while the JIT compiles the reader, the writer and the database driver
            // or H2: they are printed, not counted, until the JIT compilers have caught up, and the measured imports
            // are those of a server that has imported before
            double jitShare;
            int warmUps = 0;
            do {
                jitShare = importOnce(advisories, generate(dir, "warmup-" + warmUps, WARM_UP,
                        900_000 + warmUps * WARM_UP), "warm-up " + (warmUps + 1));
                warmUps++;
            } while (jitShare > SETTLED_JIT_SHARE && warmUps < MAX_WARM_UPS);
            int offset = 0;
            for (int size : SIZES) {
                Path file = generate(dir, "nvd-" + size, size, offset);
                importOnce(advisories, file, String.format("%,d CVEs", size));
                if (size == SIZES[0]) {
                    importOnce(advisories, file, "  again"); // the same file: every record unchanged
                }
                offset += size;
            }
        }
        System.out.println("\n" + report);
        Files.writeString(Path.of("target", "nvd-import-bench.txt"), report.toString());
    }

    /** @return the JIT compilers' time during the import as a share of its wall time */
    private double importOnce(AdvisoryManagement advisories, Path file, String label) throws IOException {
        awaitBackgroundWork();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakAfterGc = new AtomicLong(0);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        AtomicLong liveMax = new AtomicLong(0);
        Thread sampler = new Thread(() -> {
            long nextFullGc = System.nanoTime() + LIVE_HEAP_EVERY_NANOS;
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                // what survived the latest collection (with G1 this still counts old-generation garbage that no
                // mixed collection has reclaimed yet, so it overstates what the import holds)
                peakAfterGc.accumulateAndGet(heapPools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(),
                        Math::max);
                if (LIVE_HEAP && System.nanoTime() > nextFullGc) {
                    // a full collection leaves only what is reachable: the memory the import really holds
                    System.gc();
                    liveMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    nextFullGc = System.nanoTime() + LIVE_HEAP_EVERY_NANOS;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processCpuStart = processCpuNanos();
        long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        double backendCpuStart = backendCpuSeconds();
        long start = System.nanoTime();
        ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = advisories.importFeed(FeedFormat.NVD, file.getFileName().toString(), Files.size(file), in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // the machine may be shared: the importing thread's own CPU time shows the cost apart from waiting for a core
        // (the database's work on other threads, e.g. PostgreSQL's server, is not in it)
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();
        double processCpuSeconds = (processCpuNanos() - processCpuStart) / 1e9;
        double jitSeconds = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart) / 1e3;
        String backendCpu = backends == null ? "" : String.format(Locale.ROOT, ", PostgreSQL backends %.1f s",
                backendCpuSeconds() - backendCpuStart);
        int records = result.created() + result.updated() + result.unchanged();
        line("%-12s file %,6.1f MB: %,d records (%,d new, %,d updated, %,d unchanged) in %.1f s = %,8.0f records/s; "
                        + "importing thread CPU %.1f s = %,8.0f records per CPU-second (whole JVM %.1f s%s; JIT compilation "
                        + "%.1f s); load average "
                        + "%.1f; peak heap during import %,5d MB (largest heap left after a collection %,4d MB%s)",
                label, Files.size(file) / 1e6, records, result.created(), result.updated(), result.unchanged(), seconds,
                records / seconds, cpuSeconds, records / cpuSeconds, processCpuSeconds, backendCpu, jitSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), peak.get() / (1024 * 1024),
                peakAfterGc.get() / (1024 * 1024),
                LIVE_HEAP ? String.format(Locale.ROOT, "; largest live heap after a full collection %,4d MB",
                        liveMax.get() / (1024 * 1024)) : "");
        return jitSeconds / seconds;
    }

    /**
     * Waits until the listeners of the previous import's event (the re-matching of the advisories it changed) have
     * finished and the audit sealer has linked its entries into the chain, so that each import is timed on its own,
     * and reports how long that took.
     */
    private void awaitBackgroundWork() {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        long deadline = start + java.util.concurrent.TimeUnit.MINUTES.toNanos(Long.getLong("bench.eventWaitMinutes", 10));
        int pending;
        while ((pending = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL)"
                + " + (SELECT COUNT(*) FROM aud_seal_queue)", Integer.class)) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        double waited = (System.nanoTime() - start) / 1e9;
        if (waited > 0.05 || pending > 0) {
            line("%-12s re-matching and sealing the audit entries of the previous import: %.1f s wall, %.1f s CPU of the "
                            + "whole JVM%s", "",
                    waited, (processCpuNanos() - cpu) / 1e9, pending > 0 ? "; gave up waiting with " + pending
                            + " events or entries pending" : "");
        }
    }

    /**
     * CPU time (user + system) of the PostgreSQL server processes serving this benchmark run, read from
     * /proc (the server runs on this machine); 0 for H2. A backend that ended in between is not counted.
     */
    private double backendCpuSeconds() {
        if (backends == null) {
            return 0;
        }
        long ticks = 0;
        for (Integer pid : backends.queryForList(
                "select pid from pg_stat_activity where application_name = current_setting('application_name')",
                Integer.class)) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                // not readable here (another machine or user): leave it out
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** An NVD API 2.0 response page with {@code count} CVEs numbered from {@code offset}. */
    static Path generate(Path dir, String name, int count, int offset) throws IOException {
        Path file = dir.resolve(name + ".json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"resultsPerPage\":" + count + ",\"startIndex\":0,\"totalResults\":" + count
                    + ",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-11-26T00:00:00.000\",\"vulnerabilities\":[");
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cve(offset + i));
            }
            out.write("]}");
        }
        return file;
    }

    static String cve(int n) {
        String id = String.format(Locale.ROOT, "CVE-2099-%07d", n);
        String vector = VECTORS[n % VECTORS.length];
        String[] product = PRODUCTS[n % PRODUCTS.length].split(":");
        int major = 1 + n % 9;
        return "{\"cve\":{\"id\":\"" + id + "\",\"sourceIdentifier\":\"cve@mitre.org\",\"published\":\"2025-0" + (1 + n % 9)
                + "-1" + (n % 10) + "T10:15:00.000\",\"lastModified\":\"2026-01-0" + (1 + n % 9) + "T08:00:00.000\","
                + "\"vulnStatus\":\"Analyzed\",\"cveTags\":[],\"descriptions\":[{\"lang\":\"en\",\"value\":\"A flaw in "
                + product[1] + " before " + major + ".4." + (n % 50) + " allows a remote attacker to execute code via crafted"
                + " requests to the management interface (generated record " + n + ").\"}],"
                + "\"metrics\":{\"cvssMetricV31\":[{\"source\":\"nvd@nist.gov\",\"type\":\"Primary\",\"cvssData\":{\"version\":\"3.1\","
                + "\"vectorString\":\"" + vector + "\",\"baseScore\":0.0,\"baseSeverity\":\"NONE\"},\"exploitabilityScore\":3.9,"
                + "\"impactScore\":5.9}]},\"weaknesses\":[{\"source\":\"nvd@nist.gov\",\"type\":\"Primary\",\"description\":"
                + "[{\"lang\":\"en\",\"value\":\"CWE-" + (20 + n % 900) + "\"}]}],\"configurations\":[{\"nodes\":[{\"operator\":\"OR\","
                + "\"negate\":false,\"cpeMatch\":[{\"vulnerable\":true,\"criteria\":\"cpe:2.3:a:" + product[0] + ":" + product[1]
                + ":*:*:*:*:*:*:*:*\",\"versionStartIncluding\":\"" + major + ".0.0\",\"versionEndExcluding\":\"" + major + ".4."
                + (n % 50) + "\",\"matchCriteriaId\":\"" + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)) + "\"},"
                + "{\"vulnerable\":true,\"criteria\":\"cpe:2.3:a:" + product[0] + ":" + product[1] + ":" + (major + 1) + ".0.0:*:*:*:*:*:*:*\","
                + "\"matchCriteriaId\":\"" + UUID.nameUUIDFromBytes((id + "b").getBytes(StandardCharsets.UTF_8)) + "\"}]}]}],"
                + "\"references\":[{\"url\":\"https://example.com/advisories/" + id + "\",\"source\":\"cve@mitre.org\"},"
                + "{\"url\":\"https://nvd.nist.gov/vuln/detail/" + id + "\",\"source\":\"nvd@nist.gov\"}]}}";
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
