"""Start-up to ready of the packaged app, measured: python3 src/bench/startup.py [--runs 5]

Packages nothing: it expects target/quarkus-app (./mvnw -B -q package -DskipTests). Starts the app
N times against one database, first "empty database" (dropped and created before every start, so
each start migrates and publishes the seed), then "seed stored" (the same database, started again).
Every 20 ms it asks the readiness probe on the management port and GET /v1/articles/vitamin-k2-mk7
on the API port; the app is ready when the probe answers UP and the article 200. It prints, per
start, the seconds from launch to ready, the CPU seconds the JVM had used by then (less sensitive
to other processes on a shared machine than wall time), Quarkus' own "started in" and whether the
probe ever said UP while the article could not be served yet (it must not), then the medians.

The JVM options are the ones src/docs/configuration.md gives for production (harness.py); set
STARTUP_JAVA_OPTS to try others. With --train it then makes a training start on the seeded database,
as src/docs/operations.md describes, and measures the seed-stored restart again on the archive that
start wrote. Needs PostgreSQL on 127.0.0.1:5432 (user postgres).
"""
import argparse
import os
import re
import secrets
import statistics
import string
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import APP_DIR, PRODUCTION_JAVA_OPTS, drop_database, fresh_database  # noqa: E402

ARTICLE = "/v1/articles/vitamin-k2-mk7"
JAVA_OPTS = os.environ.get(
    "STARTUP_JAVA_OPTS", " ".join(["-Xmx192m", *PRODUCTION_JAVA_OPTS])).split()
# The class-data archive a training start writes (see src/docs/operations.md, "Start-up").
TRAINED = "app-cds-trained.jsa"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
STARTED_IN = re.compile(r"started in (\d+\.\d+)s")


def status(port, path):
    """The HTTP status of a GET, or None while nothing answers."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as refused:
        return refused.code
    except OSError:
        return None


def cpu_seconds(pid):
    """User plus system CPU time the process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def start_once(args, log_path, java_opts=None):
    """One start: (seconds to ready, CPU seconds by then, Quarkus' "started in", probe lied)."""
    env = dict(os.environ)
    env.update({
        "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://localhost:5432/{args.database}",
        "QUARKUS_DATASOURCE_USERNAME": "postgres",
        "QUARKUS_HTTP_PORT": str(args.port),
        "QUARKUS_MANAGEMENT_PORT": str(args.management_port),
        "CONTENT_ADMIN_TOKEN": args.admin,
    })
    with open(log_path, "w") as log:
        began = time.monotonic()
        process = subprocess.Popen(
            ["java", *(java_opts or JAVA_OPTS), "-jar", "quarkus-run.jar"], cwd=args.app, env=env,
            stdout=log, stderr=subprocess.STDOUT)
        lied = False
        try:
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"the app exited with {process.returncode}; see {log_path}")
                if time.monotonic() - began > args.timeout:
                    raise RuntimeError(f"not ready after {args.timeout} s; see {log_path}")
                ready = status(args.management_port, "/q/health/ready") == 200
                article = status(args.port, ARTICLE) if ready else None
                if ready and article == 200:
                    elapsed = time.monotonic() - began
                    cpu = cpu_seconds(process.pid)
                    break
                # Readiness must be honest: UP only once the article path can serve.
                lied = lied or ready
                time.sleep(0.02)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    with open(log_path) as log:
        found = STARTED_IN.search(log.read())
    return elapsed, cpu, float(found.group(1)) if found else float("nan"), lied


def with_archive(java_opts, option):
    """The options with the class-data archive option replaced."""
    return [option if o.startswith("-XX:SharedArchiveFile=") else o for o in java_opts]


def train(args):
    """The training start src/docs/operations.md describes: one start on the seeded database, ready
    and the article served, then a normal stop, which writes every class it loaded to the archive.
    """
    path = os.path.join(args.app, TRAINED)
    if os.path.exists(path):
        os.remove(path)
    start_once(args, os.path.join(args.logs, "startup-training.log"),
               with_archive(JAVA_OPTS, f"-XX:ArchiveClassesAtExit={TRAINED}"))
    if not os.path.exists(path):
        sys.exit(f"the training start wrote no {path}; see startup-training.log")


def series(args, title, empty, java_opts=None):
    java_opts = java_opts or JAVA_OPTS
    print(f"{title} ({args.runs} starts, JVM options: {' '.join(java_opts)})")
    if not empty and not args.seeded:
        fresh_database(args.database)
        start_once(args, os.path.join(args.logs, "startup-seeding.log"))
        args.seeded = True
    rows = []
    for run in range(1, args.runs + 1):
        if empty:
            fresh_database(args.database)
            args.seeded = False
        log_path = os.path.join(args.logs, f"startup-{'empty' if empty else 'stored'}-{run}.log")
        elapsed, cpu, started, lied = start_once(args, log_path, java_opts)
        rows.append((elapsed, cpu, started))
        print(f"  start {run}: ready after {elapsed:5.2f} s, {cpu:5.2f} CPU s, "
              f"Quarkus says started in {started:5.2f} s"
              + ("  READINESS WAS UP BEFORE THE ARTICLE SERVED" if lied else ""), flush=True)
    medians = [statistics.median(column) for column in zip(*rows)]
    print(f"  median : ready after {medians[0]:5.2f} s, {medians[1]:5.2f} CPU s, "
          f"Quarkus says started in {medians[2]:5.2f} s", flush=True)
    return medians


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", default="content_startup",
                        help="dropped and created by this script; never a database you need")
    parser.add_argument("--port", type=int, default=8092)
    parser.add_argument("--management-port", type=int, default=9092)
    parser.add_argument("--only", choices=["empty", "stored"], help="run one series only")
    parser.add_argument("--keep", action="store_true", help="leave the database behind")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--train", action="store_true",
                        help="also: a training start, then the seed-stored series on its archive")
    parser.add_argument("--app", default=APP_DIR,
                        help="the quarkus-app directory to start (another build, to compare)")
    args = parser.parse_args()
    args.app = os.path.abspath(args.app)
    if not os.path.exists(os.path.join(args.app, "quarkus-run.jar")):
        sys.exit(f"{args.app}/quarkus-run.jar is missing: ./mvnw -B -q package -DskipTests first")
    args.logs = os.path.join(os.path.dirname(APP_DIR), "startup-logs")
    os.makedirs(args.logs, exist_ok=True)
    alphabet = string.ascii_letters + string.digits
    args.admin = "".join(secrets.choice(alphabet) for _ in range(40))
    args.seeded = False
    try:
        if args.only != "stored":
            series(args, "Empty database: migrate and publish the seed", empty=True)
        if args.only != "empty":
            series(args, "Seed stored: the usual restart", empty=False)
        if args.train:
            if not args.seeded:
                fresh_database(args.database)
                start_once(args, os.path.join(args.logs, "startup-seeding.log"))
                args.seeded = True
            train(args)
            series(args, f"Seed stored, archive of a training start ({TRAINED})", empty=False,
                   java_opts=with_archive(JAVA_OPTS, f"-XX:SharedArchiveFile={TRAINED}"))
    finally:
        if not args.keep:
            drop_database(args.database)
    print(f"Logs: {args.logs}")


if __name__ == "__main__":
    main()
