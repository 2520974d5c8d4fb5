#!/usr/bin/env bash
# NVD CVE API 2.0 import benchmark: generated files of 20,000 and 100,000 CVEs (CVSS vector, CWE, CPE ranges,
# references) imported like an upload, with the heap capped at 512 MB to show that memory does not grow with the
# file size, each once the re-matching and audit sealing set off by the previous import have finished. Records/s, CPU time (importing
# thread, JVM, PostgreSQL server processes), load average and heap per file are printed and written to
# target/nvd-import-bench.txt.
#   bench/nvd-import-bench.sh                                                                  # H2 (file)
#   TAISEI_BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/taisei_bench bench/nvd-import-bench.sh
# Options: -Dbench.nvd.small=20000 -Dbench.nvd.large=100000 -Dbench.nvd.warmUp=20000 -Dbench.nvd.maxWarmUps=5 (untimed imports first,
#          until JIT compilation takes at most 10% of one's wall time)
#          -Dbench.nvd.liveHeap=true   a full collection every 2 s gives the heap the import really holds (slower)
set -euo pipefail
cd "$(dirname "$0")/.."
unset TAISEI_TEST_POSTGRES_URL
exec ./mvnw -q -Pbench test -Dtest=NvdImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx512m" "$@"
