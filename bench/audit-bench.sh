#!/usr/bin/env bash
# Audit trail benchmark: append rate (1 and 8 threads, single-entry and batched transactions) and verify rate over
# 1,000,000 entries beside raw SHA-256, on H2 and (when TAISEI_BENCH_POSTGRES_URL is set) PostgreSQL.
#   bench/audit-bench.sh                                  # H2 only
#   TAISEI_BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/taisei_bench bench/audit-bench.sh
# Options: -Dbench.entries=200000 (fewer entries), -Dbench.batch=100, -Dbench.h2=false (PostgreSQL only). The report is also written to
# target/audit-bench.txt. Not part of `./mvnw verify`: the bench/ sources compile only with -Pbench.
set -euo pipefail
cd "$(dirname "$0")/.."
unset TAISEI_TEST_POSTGRES_URL # the benchmark picks its databases itself
exec ./mvnw -q -Pbench test -Dtest=AuditBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx8g" "$@"
