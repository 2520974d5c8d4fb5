#!/usr/bin/env bash
# SBOM ingestion benchmark: a generated CycloneDX 1.6 JSON SBOM of 10,000 components (with hashes, licences and a
# dependency graph) uploaded to a system, as the API does it (read, checked, stored, event published), on H2 and
# (when TAISEI_BENCH_POSTGRES_URL is set) PostgreSQL. Goal: under 5 s.
#   bench/sbom-bench.sh
#   TAISEI_BENCH_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/taisei_bench bench/sbom-bench.sh
# Options: -Dbench.components=50000, -Dbench.runs=5. The report is also written to target/sbom-bench.txt.
# Not part of `./mvnw verify`: the bench/ sources compile only with -Pbench.
set -euo pipefail
cd "$(dirname "$0")/.."
unset TAISEI_TEST_POSTGRES_URL # the benchmark picks its databases itself
exec ./mvnw -q -Pbench test -Dtest=SbomBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx1g" "$@"
