#!/usr/bin/env bash
# The delivery benchmark, in one command: bash src/bench/run.sh
# Installs wrk and nginx (Debian packages) if missing, packages the app, and runs bench.py, which
# prints the results and writes them to src/bench/results.md. Not part of the test command.
# Sizes and duration can be narrowed for a quick look:
#   BENCH_SIZES=1000 BENCH_DURATION=5s bash src/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

need wrk nginx
ensure_postgres
./mvnw -B -q package -DskipTests
python3 src/bench/bench.py
