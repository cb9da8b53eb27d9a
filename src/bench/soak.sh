#!/usr/bin/env bash
# The soak, in one command: bash src/bench/soak.sh
# Installs wrk (Debian package) if missing, packages the app and runs soak.py: the packaged app on
# a fresh database (content_soak) and a fixed heap, under one wrk run that mixes reads, 304s, list
# pages, product -> articles, version URLs and editorial writes for 10 minutes at 64 connections.
# It fails (exit 1) on any 5xx or socket error, any acknowledged write missing from the database
# or any write there that was not acknowledged, and on heap growth, and writes
# src/bench/soak-results.md. About 14 minutes in all; not part of the test command or of CI.
# Shorter or narrower for a quick look:
#   SOAK_DURATION=60s SOAK_WARM_UP=20s bash src/bench/soak.sh
# Other knobs: SOAK_CONNECTIONS (64), SOAK_THREADS (2), SOAK_WRITE_PERCENT (6), SOAK_ARTICLES (50),
# SOAK_SAMPLE_EVERY (15s), SOAK_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/lib.sh

need wrk
ensure_postgres
./mvnw -B -q package -DskipTests
# soak.py stops the app and wrk itself, on failure and on SIGINT, SIGTERM or SIGHUP too; exec
# hands it those signals directly instead of leaving them with this shell.
exec python3 src/bench/soak.py
