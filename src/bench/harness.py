"""What the delivery benchmark (bench.py) and the soak (soak.py) share: the database, the packaged
app, HTTP calls to it and wrk's output. Neither script is part of the test command.
"""
import json
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APP_DIR = os.path.join(ROOT, "target", "quarkus-app")
JAR = os.path.join(APP_DIR, "quarkus-run.jar")
# The JVM options the README recommends for production, less the heap size, which each caller
# picks: the class-data archive the build makes, the serial collector, whose footprint suits a
# 2-core instance, and bounds on the JVM's native memory. The archive records the class path as
# the build saw it ("quarkus-run.jar"), so the JVM only uses it when started from
# target/quarkus-app with that relative name; the app runs from there.
PRODUCTION_JAVA_OPTS = [
    "-XX:SharedArchiveFile=app-cds.jsa", "-XX:+UseSerialGC", "-XX:MaxDirectMemorySize=64m",
    "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
]


def psql(sql, database="postgres", variables=None, file=None, query=False):
    """Runs SQL as the local superuser; with query=True returns the rows as lists of strings."""
    cmd = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-q"]
    if query:
        cmd += ["-A", "-t", "-F", "\t"]
    for k, v in (variables or {}).items():
        cmd += ["-v", f"{k}={v}"]
    cmd += ["-f", file] if file else ["-c", sql]
    if not query:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return None
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def fresh_database(name):
    psql(f"drop database if exists {name} with (force)")
    psql(f"create database {name}")


def drop_database(name):
    psql(f"drop database if exists {name} with (force)")


def free_port():
    """A port nothing listens on now; the app binds it a moment later."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, method, path, body=None, headers=None, timeout=30):
    """One request to the app: (status, headers, body bytes), also for 4xx and 5xx answers."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=data, headers=headers or {}, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as refused:
        return refused.code, dict(refused.headers), refused.read()


def get(path, port, headers=None):
    status, response_headers, body = call(port, "GET", path, headers=headers, timeout=10)
    if status >= 400:
        raise RuntimeError(f"GET {path} answered {status}")
    return status, response_headers, body


class App:
    """The packaged app on its own database and port, started from target/quarkus-app. Health and
    metrics are on its management port (loopback only), a free one unless given."""

    def __init__(self, database, port, admin, java_opts, log, env=None, management_port=None):
        self.database, self.port, self.admin = database, port, admin
        self.management_port = management_port or free_port()
        self.java_opts, self.log, self.extra_env = java_opts, log, env or {}
        self.process = None

    def start(self, timeout=120):
        """Starts the app and waits until it is ready; returns the seconds that took."""
        env = dict(os.environ)
        env.update({
            "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://localhost:5432/{self.database}",
            "QUARKUS_DATASOURCE_USERNAME": "postgres",
            "QUARKUS_HTTP_PORT": str(self.port),
            "QUARKUS_MANAGEMENT_PORT": str(self.management_port),
            "CONTENT_ADMIN_TOKEN": self.admin,
        })
        env.update(self.extra_env)
        began = time.monotonic()
        self.process = subprocess.Popen(
            ["java", *self.java_opts, "-jar", "quarkus-run.jar"], cwd=APP_DIR, env=env,
            stdout=self.log, stderr=subprocess.STDOUT)
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited with {self.process.returncode}; see its log")
            try:
                if call(self.management_port, "GET", "/q/health/ready", timeout=5)[0] == 200:
                    return time.monotonic() - began
            except OSError:
                pass
            time.sleep(0.02)
        raise RuntimeError("the app did not become ready")

    def stop(self):
        """Stops the app if it runs; safe to call twice."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)

    @property
    def pid(self):
        return self.process.pid

    def rss_mb(self):
        return rss_mb(self.pid)


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse_wrk(out):
    """Throughput, median and 99th percentile latency, and failures from wrk --latency output."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    failures = (int(bad.group(1)) if bad else 0) + (sum(int(g) for g in errors.groups()) if errors else 0)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": failures}
