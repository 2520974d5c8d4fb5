#!/usr/bin/env bash
# Vulnerability matching benchmark: 250,000 generated advisories with version ranges (OSV packages, NVD CPE bounds,
# JVN product text) against 100,000 components in 2,000 SBOM-like groups (one system each), heap capped at 1 GB.
# Measures the full re-match (first run: every finding created; second run: nothing changed) and one new advisory ->
# affected systems. H2 (file); PostgreSQL too when TAISEI_BENCH_POSTGRES_URL is set.
#   bench/matching-bench.sh
#   bench/matching-bench.sh -Dbench.advisories=50000 -Dbench.components=20000     # smaller
# The report is also written to target/matching-bench.txt. Not part of `./mvnw verify` (bench/ compiles only with -Pbench).
set -euo pipefail
cd "$(dirname "$0")/.."
unset TAISEI_TEST_POSTGRES_URL # the benchmark picks its databases itself
exec ./mvnw -q -Pbench test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx1g" "$@"
