#!/usr/bin/env bash
# Diagram benchmark: 300 systems and 600 connections created in the ledgers, then the data-flow and network diagrams
# drawn (layout + SVG) for them, with the time of each. Not part of `./mvnw verify` (it spends most of its ~100 s
# creating records); the layout itself at this size is checked in the test suite by LargeDiagramLayoutTest.
set -euo pipefail
cd "$(dirname "$0")/.."
unset TAISEI_TEST_POSTGRES_URL
exec ./mvnw -q -Pbench test -Dtest=DiagramScaleTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
