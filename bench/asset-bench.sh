#!/usr/bin/env bash
# Asset ledger benchmark: xlsx import of 100,000 hardware/software rows with the heap limited to 512 MB, then list
# and filter pages at 16 concurrent clients over 100,000 hardware/software, 5,000 systems and 50,000 data records;
# on H2 and (when TAISEI_BENCH_POSTGRES_URL is set) PostgreSQL.
#   bench/asset-bench.sh                                  # H2 only
#   TAISEI_BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/taisei_bench bench/asset-bench.sh
# Options: -Dbench.h2=false (PostgreSQL only), -Dbench.importRows=20000, -Dbench.hardwareSoftware=…, -Dbench.systems=…, -Dbench.data=…,
# -Dbench.clients=16, -Dbench.requests=100 (per client), -Dbench.warmUpRound=25 and -Dbench.warmUpMaxSeconds=120
# (unmeasured rounds of the same load until JIT compilation takes at most 10% of a round's wall time),
# -Dbench.eventWaitMinutes=15 (how long to wait for the vulnerability matching the import sets off before the pages).
# The report is also written to target/asset-bench.txt.
# Not part of `./mvnw verify`: the bench/ sources compile only with -Pbench.
set -euo pipefail
cd "$(dirname "$0")/.."
unset TAISEI_TEST_POSTGRES_URL # the benchmark picks its databases itself
exec ./mvnw -q -Pbench test -Dtest=AssetBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx512m" "$@"
