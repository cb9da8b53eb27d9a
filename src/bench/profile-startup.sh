#!/usr/bin/env bash
# Where start-up time goes, measured rather than guessed: bash src/bench/profile-startup.sh
# Packages the app, starts it once on a fresh database (migrations, seed), then starts it again
# under async-profiler (CPU samples every millisecond, all threads) until it is ready, and prints
# the share of CPU each part of start-up takes. Needs PostgreSQL on 127.0.0.1:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
AP_VERSION=4.1
DB=content_profile
PORT=8091
# Health and metrics are served on the management port (loopback), never on the API port.
MANAGEMENT_PORT=9091
ADMIN=profile-admin-token-0123456789abcdef0123

./mvnw -B -q package -DskipTests
mkdir -p target/async-profiler
if [ ! -f target/async-profiler/linux-x64/libasyncProfiler.so ]; then
  curl -sfL -o target/async-profiler/ap.jar \
    "https://repo1.maven.org/maven2/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION-linux-x64.jar"
  (cd target/async-profiler && unzip -q -o ap.jar)
fi
sysctl -qw kernel.perf_event_paranoid=1 2>/dev/null || true

psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres
export QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT CONTENT_ADMIN_TOKEN=$ADMIN
OUT=$PWD/target/startup-profile.collapsed

start() {  # start the app with extra JVM options, wait until ready, print seconds, stop it
  local began pid
  began=$(date +%s.%N)
  (cd target/quarkus-app && exec java -XX:SharedArchiveFile=app-cds.jsa -Xmx192m -XX:+UseSerialGC \
    "$@" -jar quarkus-run.jar) > target/startup-profile.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do sleep 0.02; done
  echo "ready after $(echo "$(date +%s.%N) - $began" | bc) s"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start >/dev/null
start "-agentpath:$PWD/target/async-profiler/linux-x64/libasyncProfiler.so=start,event=cpu,interval=1ms,file=$OUT,collapsed"
psql -q -h 127.0.0.1 -U postgres -c "drop database $DB with (force)"

python3 - "$OUT" <<'PY'
import collections, re, sys
parts = [
    ("JIT compilers (C1/C2 threads)", r"CompileBroker"),
    ("garbage collection", r"GCTaskThread|VM_GenCollect|GenCollectedHeap|DefNew"),
    ("Flyway (validate/migrate)", r"org/flywaydb"),
    ("Hibernate Validator start-up", r"org/hibernate/validator"),
    ("OpenAPI document", r"smallrye/openapi"),
    ("Hibernate ORM boot and first queries", r"org/hibernate"),
    ("class loading, linking, verification", r"ClassLoader|SystemDictionary|ClassFileParser|Verifier|link_class|define_class|Rewriter"),
    ("Vert.x / Netty", r"io/netty|io/vertx"),
    ("Jackson", r"fasterxml"),
    ("PostgreSQL driver", r"org/postgresql"),
    ("this service's own code", r"com/renovare"),
    ("interpreter", r"Interpreter"),
]
total = 0
share = collections.Counter()
for line in open(sys.argv[1]):
    stack, n = line.rsplit(" ", 1)
    n = int(n)
    total += n
    share[next((name for name, pattern in parts if re.search(pattern, stack)), "other")] += n
print(f"{total} CPU samples of 1 ms (all threads) from launch to ready:")
for name, n in share.most_common():
    print(f"  {name:40s} {n:6d}  {100 * n / total:5.1f} %")
PY
