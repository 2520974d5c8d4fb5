package io.taisei.bench;

import io.taisei.TaiseiApplication;
import io.taisei.asset.Ledger;
import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.ImportReport;
import io.taisei.asset.transfer.LedgerFiles;
import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationManagement;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.File;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Asset ledger benchmark (not part of the test suite; run with bench/asset-bench.sh, heap limited to 512 MB there):
 * <ol>
 *     <li>xlsx import of {@code bench.importRows} (default 100,000) hardware/software rows through the same
 *     {@link LedgerFiles} the upload uses — SAX read, every row checked, then written in JDBC batches (audited) —
 *     with its CPU time (importing thread, whole JVM) and GC pauses; then a wait (up to {@code bench.eventWaitMinutes})
 *     for the vulnerability matching the import sets off, so that its work is not counted against the pages;</li>
 *     <li>the ledgers filled to 100,000 hardware/software, 5,000 systems and 50,000 data records (bulk inserts, not
 *     audited: this is the reading side's data); then 16 concurrent clients request the list and filter pages, first
 *     unmeasured rounds until the JIT compilers have caught up (see {@link #WARM_UP_ROUND}), then
 *     {@code bench.requests} each measured
 *     (security filters, controllers, queries and Thymeleaf rendering in-process through MockMvc; no network, and
 *     the body is only searched for a row, never parsed) and the p50/p95/p99 of each is reported with its CPU time —
 *     on the requesting thread, in the whole JVM, and in the PostgreSQL backends when the server is local — and the
 *     load average, as wall-clock times mean little on a shared machine.</li>
 * </ol>
 */
class AssetBenchmark {

    static final int SYSTEMS = Integer.getInteger("bench.systems", 5_000);
    static final int HARDWARE_SOFTWARE = Integer.getInteger("bench.hardwareSoftware", 100_000);
    static final int DATA = Integer.getInteger("bench.data", 50_000);
    static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", 100_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final int REQUESTS = Integer.getInteger("bench.requests", 100);
    /**
     * Unmeasured rounds of this many requests per client come first, until the JIT compilers' time in a round is at
     * most {@link #SETTLED_JIT_SHARE} of its wall time or the warm-up has taken {@code bench.warmUpMaxSeconds}.
     */
    static final int WARM_UP_ROUND = Integer.getInteger("bench.warmUpRound", 25);
    static final double SETTLED_JIT_SHARE = 0.1;
    static final int WARM_UP_MAX_SECONDS = Integer.getInteger("bench.warmUpMaxSeconds", 120);

    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final StringBuilder report = new StringBuilder();

    @Test
    void assetLedgerBenchmark() throws Exception {
        line("Taisei asset ledger benchmark — %d cores, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path dir = Files.createTempDirectory("taisei-asset-bench-");
        if (Boolean.parseBoolean(System.getProperty("bench.h2", "true"))) {
            run("H2 (file)", Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("bench")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "spring.datasource.username", "sa", "spring.datasource.password", "",
                    "taisei.data-dir", dir.toString()));
        }
        String pg = System.getenv("TAISEI_BENCH_POSTGRES_URL");
        if (pg != null && !pg.isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            run("PostgreSQL", Map.of("spring.datasource.url", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", System.getenv().getOrDefault("TAISEI_BENCH_POSTGRES_USER", "postgres"),
                    "spring.datasource.password", System.getenv().getOrDefault("TAISEI_BENCH_POSTGRES_PASSWORD", ""),
                    "spring.flyway.default-schema", schema, "spring.flyway.create-schemas", "true",
                    "taisei.data-dir", dir.toString()));
        } else {
            line("PostgreSQL skipped: set TAISEI_BENCH_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/taisei_bench)");
        }
        System.out.println("\n" + report);
        Files.writeString(Path.of("target", "asset-bench.txt"), report.toString());
    }

    private void run(String name, Map<String, Object> database) throws Exception {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(CLIENTS + 4));
        properties.put("taisei.audit.checkpoint-cron", "-");
        properties.put("taisei.asset.end-of-support.reminder-cron", "-");
        properties.put("taisei.asset.import.max-rows", String.valueOf(Math.max(IMPORT_ROWS, 100_000)));
        properties.put("taisei.asset.import.max-bytes", String.valueOf(200L * 1024 * 1024));
        properties.put("logging.level.root", "WARN");
        properties.put("server.port", "-1");
        properties.put("taisei.command-line", "true");
        ApplicationContextInitializer<ConfigurableApplicationContext> override = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("bench", properties));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TaiseiApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).initializers(override).run()) {
            line("\n== %s ==", name);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            OrganizationManagement organization = context.getBean(OrganizationManagement.class);
            var le = organization.createLegalEntity(new LegalEntityDraft("BENCH-LE", "ベンチ銀行", null,
                    LegalEntityKind.INSTITUTION, "JP", null));
            var dept = organization.createDepartment(new DepartmentDraft("BENCH-IT", "システム部", null,
                    le.id().value(), null, LineOfDefence.FIRST));
            long start = System.nanoTime();
            insertSystems(jdbc, le.id().value(), dept.id().value());
            line("%,d systems inserted in %.1f s", SYSTEMS, seconds(start));

            File xlsx = Files.createTempFile("asset-bench-", ".xlsx").toFile();
            writeWorkbook(xlsx, IMPORT_ROWS);
            resetPeakHeap();
            long gcStart = gcMillis();
            long jitStart = jitMillis();
            long processCpuStart = processCpuNanos();
            start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            ImportReport report = context.getBean(LedgerFiles.class).importFile(Ledger.HARDWARE_SOFTWARE, xlsx,
                    xlsx.length(), Format.XLSX, ImportMode.ALL_OR_NOTHING, Locale.JAPANESE);
            double importSeconds = seconds(start);
            double importCpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double importProcessCpuSeconds = (processCpuNanos() - processCpuStart) / 1e9;
            double importGcSeconds = (gcMillis() - gcStart) / 1e3;
            double importJitSeconds = (jitMillis() - jitStart) / 1e3;
            if (!report.written()) {
                throw new IllegalStateException("import refused: " + report.problems().subList(0,
                        Math.min(5, report.problems().size())));
            }
            line("xlsx import of %,d hardware/software rows (%.1f MB): %.1f s = %,.0f rows/s (CPU time of the importing "
                            + "thread %.1f s, of the whole JVM %.1f s; GC pauses %.1f s; JIT compilation %.1f s; the rest is waiting: database, "
                            + "other processes), old generation peak %d MB of the heap's %d MB, load average %.1f (goal: < 30 s at -Xmx512m)",
                    report.created(), xlsx.length() / 1e6, importSeconds, report.created() / importSeconds,
                    importCpuSeconds, importProcessCpuSeconds, importGcSeconds, importJitSeconds, peakOldGenerationMegabytes(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Files.deleteIfExists(xlsx.toPath());
            awaitEventListeners(jdbc);

            start = System.nanoTime();
            int have = jdbc.queryForObject("SELECT COUNT(*) FROM ast_hardware_software", Integer.class);
            insertHardwareSoftware(jdbc, have, HARDWARE_SOFTWARE - have);
            insertData(jdbc, DATA);
            line("filled to %,d hardware/software and %,d data records in %.1f s",
                    jdbc.queryForObject("SELECT COUNT(*) FROM ast_hardware_software", Integer.class), DATA,
                    seconds(start));
            if (name.startsWith("PostgreSQL")) {
                jdbc.execute("ANALYZE");
            }
            pages(context);
        }
    }

    private void pages(ConfigurableApplicationContext context) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
        long aSystem = context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT MIN(id) FROM ast_system WHERE code = 'BSYS-00042'", Long.class);
        String[] urls = {
                "/assets/hardware-software",
                "/assets/hardware-software?q=tomcat",
                "/assets/hardware-software?kind=DATABASE&sort=supportEndsOn,asc",
                "/assets/hardware-software?systemId=" + aSystem,
                "/assets/hardware-software?supportEndsBefore=2027-01-01&page=20",
                "/assets/systems",
                "/assets/systems?q=BSYS-012&importance=CRITICAL",
                "/assets/data",
                "/assets/data?q=顧客&classification=CONFIDENTIAL",
                "/assets/data?systemId=" + aSystem,
                "/assets/end-of-support?importance=CRITICAL",
                "/api/v1/hardware-software?q=openssl&size=50",
        };
        var reader = user("bench").authorities(() -> "asset.read");
        for (String url : urls) { // every page must answer 200 with rows
            request(mvc, url, reader);
        }
        // unmeasured, the same load first, until the JIT compilers have caught up: before that a request costs up to
        // 1.7 times the CPU, and the compiler threads take CPU from the requests (a long-running server is past that)
        long warmUpStart = System.nanoTime();
        List<long[]> firstRound = new ArrayList<>();
        int warmUpRequests = 0;
        double jitShare;
        do {
            long roundStart = System.nanoTime();
            long roundJit = jitMillis();
            Map<String, List<long[]>> round = load(mvc, urls, reader, WARM_UP_ROUND);
            if (firstRound.isEmpty()) {
                round.values().forEach(firstRound::addAll);
            }
            warmUpRequests += CLIENTS * WARM_UP_ROUND;
            jitShare = (jitMillis() - roundJit) / 1e3 / seconds(roundStart);
        } while (jitShare > SETTLED_JIT_SHARE && seconds(warmUpStart) < WARM_UP_MAX_SECONDS);
        line("warm-up, not counted: %,d requests from %d clients in %.1f s, until JIT compilation took %.0f%% of the "
                        + "wall time (the first %,d: p95 %.0f ms, %.1f ms CPU a request on the requesting thread)",
                warmUpRequests, CLIENTS, seconds(warmUpStart), 100 * jitShare, firstRound.size(), pct(firstRound, 95),
                firstRound.stream().mapToLong(l -> l[1]).average().orElse(0) / 1e6);
        // what MockMvc, the web security filters, the layout's model advice and a tiny view cost without a list
        long[] bare = new long[200];
        for (int i = 0; i < bare.length; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            mvc.perform(get("/assets/systems/suggestions").with(reader)).andReturn();
            bare[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<Long, Long> backendsBefore = backendCpuNanos(jdbc);
        long processCpu = processCpuNanos();
        long gc = gcMillis();
        long jit = jitMillis();
        long start = System.nanoTime();
        Map<String, List<long[]>> latencies = load(mvc, urls, reader, REQUESTS);
        double wall = seconds(start);
        processCpu = processCpuNanos() - processCpu;
        gc = gcMillis() - gc;
        jit = jitMillis() - jit;
        long backendCpu = 0;
        for (var backend : backendCpuNanos(jdbc).entrySet()) {
            backendCpu += backend.getValue() - backendsBefore.getOrDefault(backend.getKey(), 0L);
        }
        List<long[]> all = new ArrayList<>();
        latencies.values().forEach(all::addAll);
        long requestCpu = all.stream().mapToLong(l -> l[1]).sum();
        line("list and filter pages, %d concurrent clients, %,d requests in %.1f s (%.0f requests/s); load average %.1f "
                        + "before, %.1f after (%d cores)", CLIENTS, CLIENTS * REQUESTS, wall, CLIENTS * REQUESTS / wall,
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        line("CPU time: %.1f ms a request on the requesting thread (MockMvc runs the server's filters, controller, "
                        + "queries and rendering on it; a request without a list, /assets/systems/suggestions without "
                        + "text, costs %.2f ms); the whole JVM %.1f ms a request (with GC, JIT, the database when embedded); "
                        + "GC pauses %.1f s, JIT compilation %.1f s in all",
                requestCpu / 1e6 / all.size(), median(bare) / 1e6, processCpu / 1e6 / all.size(), gc / 1e3, jit / 1e3);
        if (!backendsBefore.isEmpty()) {
            line("CPU time of this database's PostgreSQL backends: %.1f ms a request", backendCpu / 1e6 / all.size());
        }
        line("  %-62s %8s %8s %8s %8s", "", "p50 ms", "p95 ms", "p99 ms", "CPU ms");
        for (String url : urls) {
            List<long[]> l = latencies.get(url);
            line("  %-62s %8.0f %8.0f %8.0f %8.1f", url, pct(l, 50), pct(l, 95), pct(l, 99),
                    l.stream().mapToLong(x -> x[1]).average().orElse(0) / 1e6);
        }
        line("  %-62s %8.0f %8.0f %8.0f %8.1f   (goal: p95 < 200 ms)", "all", pct(all, 50), pct(all, 95), pct(all, 99),
                requestCpu / 1e6 / all.size());
    }

    /**
     * {@link #CLIENTS} concurrent clients, each requesting {@code requests} pages, the URLs in turn; per URL the wall
     * time and the requesting thread's CPU time of each request, in nanoseconds.
     */
    private static Map<String, List<long[]>> load(MockMvc mvc, String[] urls,
                                                  org.springframework.test.web.servlet.request.RequestPostProcessor reader,
                                                  int requests) throws Exception {
        Map<String, List<long[]>> latencies = new HashMap<>();
        for (String url : urls) {
            latencies.put(url, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            AtomicInteger next = new AtomicInteger();
            List<java.util.concurrent.Callable<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(() -> {
                    for (int i = 0; i < requests; i++) {
                        String url = urls[next.getAndIncrement() % urls.length];
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        request(mvc, url, reader);
                        latencies.get(url).add(new long[]{System.nanoTime() - t, THREADS.getCurrentThreadCpuTime() - cpu});
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(clients)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }

    private static final byte[] ROW = "<td".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] JSON_ROW = "\"content\":[{".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Requests a page and checks that it answered 200 with rows; the body is searched as bytes, never parsed. */
    private static void request(MockMvc mvc, String url,
                                org.springframework.test.web.servlet.request.RequestPostProcessor reader) throws Exception {
        var response = mvc.perform(get(url).with(reader)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new IllegalStateException(url + " answered " + response.getStatus());
        }
        byte[] body = response.getContentAsByteArray();
        if (indexOf(body, url.startsWith("/api/") ? JSON_ROW : ROW) < 0) {
            throw new IllegalStateException(url + " answered without rows");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * CPU time of the PostgreSQL backends serving this database, by process id, read from /proc when the server runs
     * on this machine (other databases' backends, e.g. other benchmarks', are not counted); empty otherwise.
     */
    private static Map<Long, Long> backendCpuNanos(JdbcTemplate jdbc) {
        Map<Long, Long> cpu = new HashMap<>();
        if (!"PostgreSQL".equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()))) {
            return cpu;
        }
        for (Long pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                + "AND backend_type = 'client backend'", Long.class)) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu.put(pid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L); // 100 ticks/s
            } catch (java.io.IOException | RuntimeException notLocal) {
                return Map.of();
            }
        }
        return cpu;
    }

    /**
     * Waits until the listeners of the events the import published (vulnerability matching of every imported record)
     * have finished, so that their work is not counted against the list pages; reports how long they took.
     */
    private void awaitEventListeners(JdbcTemplate jdbc) throws InterruptedException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        long deadline = start + java.util.concurrent.TimeUnit.MINUTES.toNanos(Long.getLong("bench.eventWaitMinutes", 15));
        int pending;
        while ((pending = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                Integer.class)) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        line("event listeners after the import (vulnerability matching): %.1f s wall, %.1f s CPU of the whole JVM%s",
                seconds(start), (processCpuNanos() - cpu) / 1e9,
                pending > 0 ? "; gave up waiting with " + pending + " events pending" : "");
    }

    /** Time the JVM spent in garbage collection so far (G1: its pauses). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Time the JIT compilers spent so far, summed over their threads: CPU the measured work competes with. */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double pct(List<long[]> measured, int p) {
        long[] sorted = measured.stream().mapToLong(l -> l[0]).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private void insertSystems(JdbcTemplate jdbc, long legalEntity, long department) {
        String[] importance = {"CRITICAL", "HIGH", "MEDIUM", "LOW"};
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < SYSTEMS; i++) {
            rows.add(new Object[]{String.format("BSYS-%05d", i), "システム " + i, "IN_HOUSE", legalEntity, department,
                    "IN_SERVICE", importance[i % 4], "HIGH", "MEDIUM", "LOW", "P2", false, "PRODUCTION", now, now});
        }
        jdbc.batchUpdate("INSERT INTO ast_system (code, name, kind, legal_entity_id, department_id, lifecycle, "
                + "importance, confidentiality, integrity, availability, protection_priority, internet_exposed, "
                + "environment, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    private static final String[][] PRODUCTS = {
            {"Apache", "Tomcat", "MIDDLEWARE"}, {"Oracle", "Database", "DATABASE"}, {"Microsoft", "Windows Server", "OPERATING_SYSTEM"},
            {"OpenSSL", "openssl", "LIBRARY"}, {"Red Hat", "Enterprise Linux", "OPERATING_SYSTEM"}, {"Cisco", "Catalyst", "NETWORK_DEVICE"},
            {"PostgreSQL", "PostgreSQL", "DATABASE"}, {"Fujitsu", "PRIMERGY", "SERVER"}};

    private void insertHardwareSoftware(JdbcTemplate jdbc, int from, int count) {
        if (count <= 0) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        for (int batch = 0; batch < count; batch += 5_000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = batch; i < Math.min(count, batch + 5_000); i++) {
                int n = from + i;
                String[] p = PRODUCTS[n % PRODUCTS.length];
                rows.add(new Object[]{String.format("BHW-%06d", n), p[2], p[0], p[1], (n % 20) + "." + (n % 7),
                        Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(n % 1500)), false, 1, now, now});
            }
            jdbc.batchUpdate("INSERT INTO ast_hardware_software (code, kind, vendor, product, product_version, "
                    + "support_ends_on, support_extendable, quantity, created_at, updated_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?)", rows);
        }
        jdbc.update("INSERT INTO ast_hardware_software_system (hardware_software_id, system_id) "
                + "SELECT h.id, s.id FROM ast_hardware_software h JOIN ast_system s "
                + "ON s.code = CONCAT('BSYS-', LPAD(CAST(MOD(h.id, " + SYSTEMS + ") AS VARCHAR), 5, '0')) "
                + "WHERE h.code LIKE 'BHW-%'");
    }

    private void insertData(JdbcTemplate jdbc, int count) {
        String[] categories = {"CUSTOMER_INFORMATION", "PERSONAL_DATA", "TRANSACTION", "INTERNAL"};
        String[] classifications = {"STRICTLY_CONFIDENTIAL", "CONFIDENTIAL", "INTERNAL", "PUBLIC"};
        Timestamp now = Timestamp.from(Instant.now());
        for (int batch = 0; batch < count; batch += 5_000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = batch; i < Math.min(count, batch + 5_000); i++) {
                rows.add(new Object[]{String.format("BDAT-%06d", i), (i % 3 == 0 ? "顧客情報 " : "業務データ ") + i,
                        categories[i % 4], classifications[(i / 4) % 4], now, now});
            }
            jdbc.batchUpdate("INSERT INTO ast_data (code, name, category, classification, created_at, updated_at) "
                    + "VALUES (?,?,?,?,?,?)", rows);
        }
        jdbc.update("INSERT INTO ast_data_stored_in (data_id, system_id) SELECT d.id, s.id FROM ast_data d "
                + "JOIN ast_system s ON s.code = CONCAT('BSYS-', LPAD(CAST(MOD(d.id, " + SYSTEMS
                + ") AS VARCHAR), 5, '0'))");
    }

    /** The file a bank would upload: one sheet, Japanese headers, every row valid and naming one system. */
    private static void writeWorkbook(File file, int rows) throws Exception {
        String[] headers = {"コード", "種別", "ベンダー", "製品名", "バージョン", "CPE", "パッケージURL", "サポート終了予定日",
                "サポート延長可能", "延長サポート終了日", "設置場所", "数量", "管理責任者コード", "稼働システムコード"};
        String[] kinds = {"ミドルウェア", "データベース", "OS", "ライブラリ", "OS", "ネットワーク機器", "データベース", "サーバー"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file.toPath())) {
            Sheet sheet = workbook.createSheet("ハードウェア・ソフトウェア");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] p = PRODUCTS[i % PRODUCTS.length];
                String[] values = {String.format("IMP-%06d", i), kinds[i % kinds.length], p[0], p[1],
                        (i % 20) + "." + (i % 7), "", "", LocalDate.of(2026, 1, 1).plusDays(i % 1500).toString(),
                        "いいえ", "", "本社DC", "1", "", String.format("BSYS-%05d", i % SYSTEMS)};
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The old generation's peak: what survived collections. (The heap pools' peaks summed would overstate the heap:
     * each pool peaks at a different moment, and G1 moves regions between them.)
     */
    private static long peakOldGenerationMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old Gen"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
