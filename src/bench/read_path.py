#!/usr/bin/env python3
"""The read path against nginx, quickly: the seed article only, no corpus.

Starts the packaged app (build it first: ./mvnw -B -q package -DskipTests) on a fresh database,
reads the seed article with a partner key whose tier never refuses (the limiter still counts every
request), and alternates wrk rounds on the app and on nginx serving the same bytes. Prints each
round and the median ratio. Run it on a quiet machine: if nginx stays far below its usual figure,
something else is using the CPU and the ratio means nothing.

  python3 src/bench/read_path.py                    # 3 rounds of 10 s each
  READ_ROUNDS=5 READ_ROUND=6s python3 src/bench/read_path.py
  READ_PROFILE=target/read-path.html python3 src/bench/read_path.py   # also profile the app
  READ_AS=anonymous python3 src/bench/read_path.py  # no key: the anonymous tier, by address

READ_PROFILE runs the app under async-profiler (fetched from Maven Central into target/ on first
use) and writes its CPU samples there when the app stops, per thread: a flame graph for .html,
collapsed stacks otherwise (src/bench/profile_summary.py sums those of the request threads).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from bench import (ADMIN, APP_PORT, DATABASE, JAVA_OPTS, SEED, TIER, partner_key, start_nginx,
                   stop_nginx, wrk)
from bench import NGINX_PORT
from harness import ROOT, App, fresh_database

ROUNDS = int(os.environ.get("READ_ROUNDS", "3"))
ROUND = os.environ.get("READ_ROUND", "10s")
# Long enough for the JIT to finish compiling the request path: rounds measured before that
# understate the app by a fifth and more.
WARM_UP = os.environ.get("READ_WARM_UP", "20s")
PROFILE = os.environ.get("READ_PROFILE")
PROFILER_VERSION = "4.1"
# "key" reads with a partner key; "anonymous" without one, counted per client address at the
# anonymous tier, raised here so that wrk is never refused (the limiter still counts every read).
READ_AS = os.environ.get("READ_AS", "key")
ANONYMOUS_TIER = ["-Dcontent.partners.tiers.anonymous.requests=1000000000"]


def profiler_library():
    home = os.path.join(ROOT, "target", "async-profiler")
    library = os.path.join(home, "linux-x64", "libasyncProfiler.so")
    if not os.path.exists(library):
        os.makedirs(home, exist_ok=True)
        jar = os.path.join(home, "ap.jar")
        url = ("https://repo1.maven.org/maven2/tools/profiler/async-profiler/"
               f"{PROFILER_VERSION}/async-profiler-{PROFILER_VERSION}-linux-x64.jar")
        urllib.request.urlretrieve(url, jar)
        subprocess.run(["unzip", "-q", "-o", jar], cwd=home, check=True)
    return library


def main():
    fresh_database(DATABASE)
    if READ_AS not in ("key", "anonymous"):
        sys.exit("READ_AS is key or anonymous")
    opts = [*JAVA_OPTS, *TIER, *ANONYMOUS_TIER]
    if PROFILE:
        # Samples the whole run, each stack under its thread's name, so the request threads
        # (vert.x-eventloop-thread-*) can be told from start-up and the JIT compiler. An .html
        # file is a flame graph, anything else the collapsed stacks (one line a stack).
        out = os.path.abspath(PROFILE)
        form = "" if out.endswith(".html") else ",collapsed"
        opts.insert(
            0, f"-agentpath:{profiler_library()}=start,event=cpu,interval=2ms,threads{form},file={out}")
    workdir = tempfile.mkdtemp(prefix="read-path-")
    with open(os.path.join(workdir, "app.log"), "w") as log:
        app = App(DATABASE, APP_PORT, ADMIN, opts, log)
        app.start()
        try:
            sent = {"X-API-Key": partner_key()} if READ_AS == "key" else {}
            headers = [f"{name}: {value}" for name, value in sent.items()]
            request = urllib.request.Request(f"http://127.0.0.1:{APP_PORT}{SEED}", headers=sent)
            body = urllib.request.urlopen(request, timeout=10).read()
            conf = start_nginx(workdir, body)
            try:
                url = f"http://127.0.0.1:{APP_PORT}{SEED}"
                wrk(url, headers, duration=WARM_UP)  # JIT and caches
                ratios = []
                for i in range(ROUNDS):
                    a = wrk(url, headers, duration=ROUND)
                    n = wrk(f"http://127.0.0.1:{NGINX_PORT}/article.json", duration=ROUND)
                    ratios.append(a["rps"] / n["rps"])
                    print(f"round {i + 1}: app {a['rps']:9.0f} req/s p99 {a['p99']:5.2f} ms "
                          f"({a['errors']} errors) | nginx {n['rps']:9.0f} req/s "
                          f"p99 {n['p99']:5.2f} ms | ratio {ratios[-1]:.2f}", flush=True)
                print(f"median ratio {statistics.median(ratios):.2f} "
                      f"({len(body)} bytes, wrk -t2 -c32, {ROUND} rounds, read as {READ_AS})")
            finally:
                stop_nginx(workdir, conf)
        finally:
            app.stop()
    if PROFILE:
        print(f"profile: {PROFILE}")


if __name__ == "__main__":
    main()
