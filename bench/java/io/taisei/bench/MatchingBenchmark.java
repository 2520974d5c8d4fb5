package io.taisei.bench;

import io.taisei.TaiseiApplication;
import io.taisei.asset.AssetManagement;
import io.taisei.asset.ComponentSource;
import io.taisei.asset.Environment;
import io.taisei.asset.Importance;
import io.taisei.asset.InstalledComponent;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.Rating;
import io.taisei.asset.SystemDraft;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemKind;
import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationManagement;
import io.taisei.vulnerability.AffectedSystems;
import io.taisei.vulnerability.FindingManagement;
import io.taisei.vulnerability.RematchResult;
import io.taisei.vulnerability.matching.ComponentIndex;
import io.taisei.vulnerability.matching.IndexedComponent;
import io.taisei.vulnerability.matching.MatchingService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Matching benchmark (not part of the test suite; run with bench/matching-bench.sh, heap capped at 1 GB). Generates
 * {@code bench.advisories} advisories (default 250,000: 70 % OSV packages with ECOSYSTEM/SEMVER ranges, 25 % NVD CPEs
 * with version bounds, 5 % JVN product text) and {@code bench.components} components (default 100,000) in
 * {@code bench.groups} SBOM-like groups (default 2,000, one system each), written straight into the tables and into
 * the component index. Popular packages get more advisories and appear in more SBOMs, as in real data. Then: the full
 * re-match twice (all findings created; nothing changed), and a single new advisory -> affected systems, 25 times.
 */
class MatchingBenchmark {

    static final int ADVISORIES = Integer.getInteger("bench.advisories", 250_000);
    static final int COMPONENTS = Integer.getInteger("bench.components", 100_000);
    static final int GROUPS = Integer.getInteger("bench.groups", 2_000);
    static final int PACKAGES = Integer.getInteger("bench.packages", 20_000);
    static final String[] ECOSYSTEMS = {"Maven", "Maven", "Maven", "Maven", "npm", "npm", "npm", "PyPI", "PyPI", "Go",
            "NuGet", "RubyGems"};

    final StringBuilder report = new StringBuilder();
    final Random random = new Random(42);

    @Test
    void matchingBenchmark() throws Exception {
        line("Taisei matching benchmark — %d cores, Java %s, max heap %d MB; %,d advisories, %,d components in %,d groups",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), ADVISORIES, COMPONENTS, GROUPS);
        Path dir = Files.createTempDirectory("taisei-match-bench-");
        run("H2 (file)", Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("bench")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "spring.datasource.username", "sa", "spring.datasource.password", "", "taisei.data-dir", dir.toString()));
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
        Files.writeString(Path.of("target", "matching-bench.txt"), report.toString());
    }

    private void run(String name, Map<String, Object> database) throws Exception {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("spring.datasource.hikari.maximum-pool-size", "10");
        properties.put("taisei.audit.checkpoint-cron", "-");
        properties.put("logging.level.root", "WARN");
        properties.put("server.port", "-1");
        properties.put("taisei.command-line", "true");
        ApplicationContextInitializer<ConfigurableApplicationContext> override = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("bench", properties));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TaiseiApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).initializers(override).run()) {
            line("\n== %s ==", name);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            MatchingService matching = context.getBean(MatchingService.class);
            FindingManagement findings = context.getBean(FindingManagement.class);

            long start = System.nanoTime();
            long[] systems = systems(context.getBean(OrganizationManagement.class), context.getBean(AssetManagement.class), tx);
            line("setup: %,d systems in %.1f s", systems.length, seconds(start));
            start = System.nanoTime();
            insertComponents(context.getBean(ComponentIndex.class), tx, systems);
            line("setup: %,d components indexed (%,d index rows) in %.1f s", COMPONENTS,
                    jdbc.queryForObject("select count(*) from vul_component_index", Long.class), seconds(start));
            start = System.nanoTime();
            insertAdvisories(jdbc, tx, 1, ADVISORIES);
            line("setup: %,d advisories (%,d affected products) in %.1f s", ADVISORIES,
                    jdbc.queryForObject("select count(*) from vul_affected_product", Long.class), seconds(start));

            System.gc();
            resetPeaks();
            double cpu = processCpuSeconds();
            RematchResult first = matching.matchAllAdvisories();
            line("full re-match, first (every finding created): %.1f s wall, %.1f s CPU — %,d advisories, %,d findings created; peak heap %d MB",
                    first.durationMillis() / 1e3, processCpuSeconds() - cpu, first.advisories(), first.created(), peakHeapMb());
            resetPeaks();
            cpu = processCpuSeconds();
            RematchResult second = matching.matchAllAdvisories();
            line("full re-match, again (nothing changed):       %.1f s wall, %.1f s CPU — %,d open findings, %,d created, %,d resolved; peak heap %d MB",
                    second.durationMillis() / 1e3, processCpuSeconds() - cpu, second.openFindings(), second.created(),
                    second.resolved(), peakHeapMb());
            line("(CPU: the whole process, embedded database included; wall time depends on what else the machine runs — "
                    + "load average %.1f now)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            line("goal: under 60 s with the heap capped at 1 GB");

            List<Double> singles = new ArrayList<>();
            List<Double> singlesCpu = new ArrayList<>();
            int systemsFound = 0;
            for (int i = 0; i < 25; i++) {
                int advisory = ADVISORIES + 1 + i;
                insertAdvisories(jdbc, tx, advisory, 1);
                long id = jdbc.queryForObject("select id from vul_advisory where primary_id = ?", Long.class, "BENCH-" + advisory);
                long t = System.nanoTime();
                long c = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                tx.execute(s -> matching.matchAdvisories(List.of(id)));
                AffectedSystems affected = findings.affected("BENCH-" + advisory).orElseThrow();
                singles.add((System.nanoTime() - t) / 1e6);
                singlesCpu.add((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c) / 1e6);
                systemsFound += affected.systems().size();
            }
            double[] ms = singles.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] cpuMs = singlesCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            line("one new advisory -> affected systems (match + answer), 25 runs: median %.1f ms, p90 %.1f ms, max %.1f ms; "
                    + "CPU median %.1f ms; %.1f systems affected on average (goal: under 100 ms)", ms[ms.length / 2],
                    ms[(int) (ms.length * 0.9)], ms[ms.length - 1], cpuMs[cpuMs.length / 2], systemsFound / 25.0);
        }
    }

    private long[] systems(OrganizationManagement organization, AssetManagement assets, TransactionTemplate tx) {
        var le = organization.createLegalEntity(new LegalEntityDraft("BENCH", "ベンチ銀行", null, LegalEntityKind.INSTITUTION, "JP", null));
        var dept = organization.createDepartment(new DepartmentDraft("BENCH-IT", "システム部", null, le.id().value(), null,
                LineOfDefence.FIRST));
        long[] ids = new long[GROUPS];
        for (int from = 0; from < GROUPS; from += 200) {
            int start = from;
            tx.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(GROUPS, start + 200); i++) {
                    ids[i] = assets.createSystem(new SystemDraft("SYS-" + i, "システム " + i, null, SystemKind.IN_HOUSE,
                            le.id().value(), dept.id().value(), null, LifecycleStatus.IN_SERVICE,
                            Importance.values()[i % 4], Rating.MEDIUM, Rating.MEDIUM, Rating.MEDIUM, i % 5 == 0,
                            Environment.PRODUCTION, null, null, null, null, null, null)).id().value();
                }
            });
        }
        return ids;
    }

    /**
     * A package index skewed towards popular packages: the most used 1 % of packages make about 10 % of the
     * components (skew 2) and about 5 % of the advisories (skew 1.5).
     */
    private int popularPackage(double skew) {
        double u = random.nextDouble();
        return (int) Math.min(PACKAGES - 1, Math.floor(PACKAGES * Math.pow(u, skew)));
    }

    private static String ecosystem(int pkg) {
        return ECOSYSTEMS[pkg % ECOSYSTEMS.length];
    }

    private static String purl(int pkg, String version) {
        return switch (ecosystem(pkg)) {
            case "Maven" -> "pkg:maven/org.example" + (pkg % 97) + "/lib" + pkg + "@" + version;
            case "npm" -> (pkg % 3 == 0 ? "pkg:npm/%40scope" + (pkg % 50) + "/lib" + pkg : "pkg:npm/lib" + pkg) + "@" + version;
            case "PyPI" -> "pkg:pypi/py_lib" + pkg + "@" + version;
            case "Go" -> "pkg:golang/github.com/example" + (pkg % 41) + "/lib" + pkg + "@v" + version;
            case "NuGet" -> "pkg:nuget/Example.Lib" + pkg + "@" + version;
            default -> "pkg:gem/lib" + pkg + "@" + version;
        };
    }

    private static String osvName(int pkg) {
        return switch (ecosystem(pkg)) {
            case "Maven" -> "org.example" + (pkg % 97) + ":lib" + pkg;
            case "npm" -> pkg % 3 == 0 ? "@scope" + (pkg % 50) + "/lib" + pkg : "lib" + pkg;
            case "PyPI" -> "py-lib" + pkg;
            case "Go" -> "github.com/example" + (pkg % 41) + "/lib" + pkg;
            case "NuGet" -> "Example.Lib" + pkg;
            default -> "lib" + pkg;
        };
    }

    private String version() {
        return (1 + random.nextInt(5)) + "." + random.nextInt(21) + "." + random.nextInt(21);
    }

    private void insertComponents(ComponentIndex index, TransactionTemplate tx, long[] systems) {
        int perGroup = COMPONENTS / GROUPS;
        List<IndexedComponent> rows = new ArrayList<>();
        for (int c = 0; c < COMPONENTS; c++) {
            int pkg = popularPackage(2);
            String version = version();
            // one in five also carries a CPE (as a ledger record or a CycloneDX component with a cpe would)
            String cpe = c % 5 == 0 ? "cpe:2.3:a:vendor" + (pkg % 500) + ":product" + pkg + ":" + version + ":*:*:*:*:*:*:*" : null;
            rows.addAll(IndexedComponent.of(new InstalledComponent(ComponentSource.SBOM, c + 1,
                    new SystemId(systems[Math.min(systems.length - 1, c / perGroup)]), null, "lib" + pkg, version,
                    purl(pkg, version), cpe)));
            if (rows.size() >= 5_000) {
                List<IndexedComponent> batch = List.copyOf(rows);
                tx.executeWithoutResult(s -> index.insert(batch));
                rows.clear();
            }
        }
        tx.executeWithoutResult(s -> index.insert(rows));
    }

    /** Advisories written as an import would leave them: advisory, aliases, source and affected products. */
    private void insertAdvisories(JdbcTemplate jdbc, TransactionTemplate tx, int first, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        boolean single = count == 1; // the timed new advisories: a popular package, many versions
        String[] severities = {"CRITICAL", "HIGH", "HIGH", "MEDIUM", "MEDIUM", "MEDIUM", "LOW", "UNKNOWN"};
        for (int from = first; from < first + count; from += 5_000) {
            int end = Math.min(first + count, from + 5_000);
            List<Object[]> advisories = new ArrayList<>();
            List<Object[]> products = new ArrayList<>();
            int start = from;
            for (int n = start; n < end; n++) {
                advisories.add(new Object[]{"BENCH-" + n, "Generated advisory " + n, severities[n % severities.length],
                        n % 97 == 0, now, now});
                int pkg = single ? random.nextInt(50) : popularPackage(1.5);
                int kind = single ? 0 : random.nextInt(100);
                int products1 = 1 + (random.nextInt(4) == 0 ? 1 : 0);
                for (int p = 0; p < products1; p++) {
                    int major = 1 + random.nextInt(5);
                    int minor = random.nextInt(21);
                    String fixed = major + "." + minor + "." + (1 + random.nextInt(20));
                    boolean wide = single || random.nextInt(25) == 0;
                    String introduced = wide ? "0" : major + "." + minor + ".0";
                    if (kind < 70) {
                        String type = ecosystem(pkg).equals("npm") || ecosystem(pkg).equals("Go") ? "SEMVER" : "ECOSYSTEM";
                        String events = "[{\"type\":\"" + type + "\",\"events\":[{\"introduced\":\"" + introduced
                                + "\"},{\"fixed\":\"" + fixed + "\"}]}]";
                        products.add(new Object[]{n, p, "OSV", "PACKAGE", null, ecosystem(pkg), osvName(pkg), null, null,
                                null, null, null, null, null, events});
                    } else if (kind < 95) {
                        products.add(new Object[]{n, p, "NVD", "CPE", "cpe:2.3:a:vendor" + (pkg % 500) + ":product" + pkg
                                + ":*:*:*:*:*:*:*:*", null, null, null, null, null, wide ? null : introduced, null, null,
                                fixed, null});
                    } else {
                        products.add(new Object[]{n, p, "JVN", "PRODUCT", null, null, null, "Vendor " + (pkg % 500),
                                "lib" + pkg, fixed + " and earlier", null, null, null, null, null});
                    }
                }
            }
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate("insert into vul_advisory (primary_id, title, severity, kev, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, 0)", advisories);
                Map<Integer, Long> ids = new HashMap<>();
                jdbc.query("select id, primary_id from vul_advisory where id >= (select min(id) from vul_advisory where primary_id = ?)",
                        rs -> {
                            ids.put(Integer.parseInt(rs.getString(2).substring(6)), rs.getLong(1));
                        }, "BENCH-" + start);
                jdbc.batchUpdate("insert into vul_advisory_alias (advisory_id, alias) values (?, ?)",
                        advisories.stream().map(a -> new Object[]{ids.get(Integer.parseInt(((String) a[0]).substring(6))), a[0]}).toList());
                jdbc.batchUpdate("insert into vul_advisory_source (advisory_id, source) values (?, 'OSV')",
                        advisories.stream().map(a -> new Object[]{ids.get(Integer.parseInt(((String) a[0]).substring(6)))}).toList());
                jdbc.batchUpdate("insert into vul_affected_product (advisory_id, position, source, kind, cpe, ecosystem, "
                        + "package_name, vendor, product, version_text, version_start_including, version_start_excluding, "
                        + "version_end_including, version_end_excluding, range_events) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        products.stream().map(p -> {
                            Object[] row = Arrays.copyOf(p, p.length);
                            row[0] = ids.get((Integer) p[0]);
                            return row;
                        }).toList());
            });
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(java.util.Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
