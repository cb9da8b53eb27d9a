#!/usr/bin/env python3
"""Delivery benchmark: the packaged app on PostgreSQL against nginx serving the same bytes.

Run through run.sh, which installs wrk and nginx and builds the app. For each corpus size it
starts the packaged app on a fresh database, loads the corpus, measures the read endpoints with
wrk (-t2 -c32), then nginx serving the article as a static file in the same run, and the publish
latency with the corpus stored. Prints a table and writes src/bench/results.md.
"""
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timezone

from harness import JAR, PRODUCTION_JAVA_OPTS, ROOT, App, parse_wrk, psql, rss_mb
from harness import get as harness_get

RESULTS = os.path.join(ROOT, "src", "bench", "results.md")
CORPUS_SQL = os.path.join(ROOT, "src", "bench", "corpus.sql")
APP_PORT = 8090
NGINX_PORT = 8089
DATABASE = "content_bench"
ADMIN = "bench-admin-token-0123456789abcdef0123"
SEED = "/v1/articles/vitamin-k2-mk7"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",")]
DURATION = os.environ.get("BENCH_DURATION", "15s")
# Each measurement is split into rounds that alternate with nginx (see run_size).
ROUNDS = 3
ROUND = f"{max(1, int(DURATION.rstrip('s')) // ROUNDS)}s"
WARM_UP = os.environ.get("BENCH_WARM_UP", "5s")
# BENCH_ONLY=publish measures publishing alone (quiet and under read load), without the read table.
PUBLISH_ONLY = os.environ.get("BENCH_ONLY") == "publish"
# The JVM options the README recommends for production (see harness.py), with a heap sized for
# the delivery cache (64 MB by default) plus working memory.
JAVA_OPTS = os.environ.get(
    "BENCH_JAVA_OPTS", " ".join(["-Xmx192m", *PRODUCTION_JAVA_OPTS])).split()


def get(path, port=APP_PORT, headers=None):
    return harness_get(path, port, headers)


# Rate limiting stays on, as in production: the benchmark reads with a partner key whose tier
# is large enough never to refuse, so every request still goes through the limiter.
TIER = ["-Dcontent.partners.tiers.bench.requests=1000000000", "-Dcontent.partners.tiers.bench.window=1m"]


def start_app(log):
    app = App(DATABASE, APP_PORT, ADMIN, [*JAVA_OPTS, *TIER], log)
    return app, app.start()


def stop(app):
    app.stop()


def wrk(url, headers=(), script=None, duration=DURATION):
    cmd = ["wrk", "-t2", "-c32", f"-d{duration}", "--latency"]
    for header in headers:
        cmd += ["-H", header]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], check=True, capture_output=True, text=True).stdout
    return parse_wrk(out)


def start_nginx(workdir, body):
    www = os.path.join(workdir, "www")
    os.makedirs(www, exist_ok=True)
    with open(os.path.join(www, "article.json"), "wb") as f:
        f.write(body)
    conf = os.path.join(workdir, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""
worker_processes auto;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  server {{
    listen 127.0.0.1:{NGINX_PORT};
    root {www};
    location / {{ default_type application/json; }}
  }}
}}
""")
    subprocess.run(["nginx", "-c", conf, "-p", workdir], check=True)
    time.sleep(0.5)
    return conf


def stop_nginx(workdir, conf):
    subprocess.run(["nginx", "-c", conf, "-p", workdir, "-s", "stop"], check=False)
    time.sleep(0.5)


def combine(rounds):
    """Rounds of one measurement as one: mean throughput, median latencies, all errors."""
    return {
        "rps": statistics.mean(r["rps"] for r in rounds),
        "p50": statistics.median(r["p50"] for r in rounds),
        "p99": statistics.median(r["p99"] for r in rounds),
        "errors": sum(r["errors"] for r in rounds),
    }


def partner_key():
    request = urllib.request.Request(
        f"http://127.0.0.1:{APP_PORT}/v1/editorial/api-keys",
        data=json.dumps({"name": "benchmark", "tier": "bench"}).encode(),
        headers={"Authorization": f"Bearer {ADMIN}", "Content-Type": "application/json"},
        method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["secret"]


def publish_latencies(count, warm_up=100):
    status, _, body = get("/v1/editorial/articles?slug=vitamin-k2-mk7", headers={"Authorization": f"Bearer {ADMIN}"})
    article_id = json.loads(body)["items"][0]["id"]
    connection = http.client.HTTPConnection("127.0.0.1", APP_PORT, timeout=30)
    timings = []
    for i in range(warm_up + count):
        payload = json.dumps({"changeNote": f"Benchmark publish {i}"})
        began = time.perf_counter()
        connection.request("POST", f"/v1/editorial/articles/{article_id}/publish", body=payload,
                           headers={"Authorization": f"Bearer {ADMIN}", "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        if i >= warm_up:
            timings.append((time.perf_counter() - began) * 1000)
        if response.status != 201:
            raise RuntimeError(f"publish answered {response.status}")
    connection.close()
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def publish_under_read_load(base, auth, workdir, random_script):
    """Publish latency while wrk saturates the read path: random articles of the corpus (cache
    misses that go to the database) and list pages, which every publish can make stale. wrk runs
    for the whole measurement; the publishes start after a few seconds of it."""
    mixed = os.path.join(workdir, "mixed.lua")
    with open(random_script) as f:
        random_request = f.read().replace("request = function()", "local function article()")
    with open(mixed, "w") as f:
        f.write(random_request + "\nlocal lists = {'/v1/articles?limit=20', '/v1/articles?limit=10',"
                " '/v1/articles?topic=topic-7&limit=20', '/v1/products/SAMPLE-K2-MK7-100/articles'}\n"
                "request = function()\n"
                "  if math.random() < 0.3 then return wrk.format('GET', lists[math.random(#lists)]) end\n"
                "  return article()\nend\n")
    seconds = int(os.environ.get("BENCH_LOADED_PUBLISH_SECONDS", "40"))
    cmd = ["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", "-H", auth, "-s", mixed, base]
    load = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        time.sleep(5)
        p50, p95 = publish_latencies(100, warm_up=20)
    finally:
        out = load.communicate(timeout=seconds + 30)[0]
    return p50, p95, parse_wrk(out)


def run_size(n, workdir):
    psql(f"drop database if exists {DATABASE} with (force)")
    psql(f"create database {DATABASE}")
    log = open(os.path.join(workdir, f"app-{n}.log"), "w")
    app, first_start = start_app(log)
    psql("", database=DATABASE, variables={"n": n}, file=CORPUS_SQL)
    stop(app)
    # The corpus is copied in SQL, which cannot compress: the app stores the gzip forms of the
    # copies in the background after its next start (GzipFormFill). Wait for that before measuring.
    app, _ = start_app(log)
    formless = ("select count(*) from article_version"
                " where document_gzip is null and document is not null")
    while psql(formless, database=DATABASE, query=True)[0][0] != "0":
        time.sleep(2)
    stop(app)
    # Start-up varies by a second or more from one start to the next on this shared machine.
    startups = []
    for _ in range(2):
        app, startup = start_app(log)
        startups.append(startup)
        stop(app)
    app, startup = start_app(log)
    startups.append(startup)
    startup = statistics.median(startups)
    try:
        key = partner_key()
        status, headers, body = get(SEED)
        etag = headers["ETag"]
        base = f"http://127.0.0.1:{APP_PORT}"
        random_script = os.path.join(workdir, "random.lua")
        with open(random_script, "w") as f:
            # Each wrk thread draws its own sequence: with one seed for all, the threads would ask
            # for the same articles in the same order and the second would mostly find them loaded.
            f.write("local threads = 0\n"
                    "function setup(thread) threads = threads + 1; thread:set('id', threads) end\n"
                    "function init(args) math.randomseed(42 + id) end\n"
                    f"request = function()\n"
                    f"  local i = math.random(1, {n})\n"
                    f"  local slug = i == 1 and 'vitamin-k2-mk7' or ('k2-article-' .. i)\n"
                    f"  return wrk.format('GET', '/v1/articles/' .. slug)\nend\n")
        auth = f"X-API-Key: {key}"
        rows = []
        peak_rss = 0.0
        conf = None if PUBLISH_ONLY else start_nginx(workdir, body)
        try:
            static = f"http://127.0.0.1:{NGINX_PORT}/article.json"
            nginx_etag = "" if PUBLISH_ONLY else get("/article.json", port=NGINX_PORT)[1]["ETag"]
            nginx_200 = (static, [])
            nginx_304 = (static, [f"If-None-Match: {nginx_etag}"])
            cases = [
                ("article by slug", base + SEED, [auth], None, nginx_200),
                ("304 revalidation", base + SEED, [auth, f"If-None-Match: {etag}"], None, nginx_304),
                ("version URL", base + SEED + "/versions/1", [auth], None, nginx_200),
                ("list page", base + "/v1/articles?limit=20", [auth], None, nginx_200),
                ("product -> articles", base + "/v1/products/SAMPLE-K2-MK7-100/articles", [auth], None,
                 nginx_200),
                ("random article of the corpus", base, [auth], random_script, nginx_200),
            ]
            # Each endpoint is warmed up (JIT compilation, cache fill), then measured in rounds that
            # alternate with nginx serving the same bytes, so that each ratio compares numbers taken
            # within seconds of each other on this shared machine. The random reads over the whole
            # corpus, which churn the cache and leave garbage behind, come last so that they do not
            # disturb the other endpoints.
            if PUBLISH_ONLY:
                cases = []
            else:
                wrk(static, duration="3s")
            for name, url, headers_, script, _ in cases:
                if not script:
                    wrk(url, headers_, script, duration=WARM_UP)
            for name, url, headers_, script, (nginx_url, nginx_headers_) in cases:
                if script:
                    wrk(url, headers_, script, duration=WARM_UP)
                app_rounds, nginx_rounds = [], []
                for _ in range(ROUNDS):
                    nginx_rounds.append(wrk(nginx_url, nginx_headers_, duration=ROUND))
                    app_rounds.append(wrk(url, headers_, script, duration=ROUND))
                    peak_rss = max(peak_rss, rss_mb(app.pid))
                result = combine(app_rounds)
                result["nginx"] = combine(nginx_rounds)
                result["ratio"] = statistics.median(
                    a["rps"] / b["rps"] for a, b in zip(app_rounds, nginx_rounds))
                result["name"] = name
                result["rss"] = rss_mb(app.pid)
                rows.append(result)
        finally:
            if conf:
                stop_nginx(workdir, conf)
        p50_publish, p95_publish = publish_latencies(100)
        loaded_p50, loaded_p95, load = publish_under_read_load(base, auth, workdir, random_script)
        return {
            "n": n, "rows": rows, "peak_rss": peak_rss,
            "first_start": first_start, "startup": startup,
            "publish_p50": p50_publish, "publish_p95": p95_publish,
            "loaded_publish_p50": loaded_p50, "loaded_publish_p95": loaded_p95, "load": load,
        }
    finally:
        stop(app)
        log.close()


def report(results):
    lines = []
    out = lines.append
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    out("# Delivery benchmark results")
    out("")
    out(f"Measured {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} on {os.cpu_count()} cores"
        f" ({cpu}), wrk -t2 -c32 on the same machine, app and nginx on loopback, PostgreSQL 15 local."
        f" Each endpoint is warmed up for {WARM_UP}, then measured in {ROUNDS} rounds of {ROUND} that"
        f" alternate with nginx serving the same article bytes as a static file (its 304 for the 304"
        f" row): req/s is the mean of the rounds, latencies their median, and 'vs nginx' the median of"
        f" the per-round ratios; the nginx columns are the paired nginx rounds (the limit). App JVM options"
        f" `{' '.join(JAVA_OPTS).replace(ROOT + os.sep, '')}`. Every request to the app carries a partner key"
        f" (X-API-Key), so key checks, rate limiting and its headers are on, as in production. Command:"
        f" `bash src/bench/run.sh`. Ratios compare numbers from the same run.")
    out("")
    for r in results:
        out(f"## {r['n']:,} articles")
        out("")
        out("| endpoint | req/s | nginx req/s | vs nginx | p50 ms | p99 ms | nginx p99 ms | errors | app RSS MB |")
        out("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for row in r["rows"]:
            out(f"| {row['name']} | {row['rps']:,.0f} | {row['nginx']['rps']:,.0f} | {row['ratio']:.0%}"
                f" | {row['p50']:.2f} | {row['p99']:.2f} | {row['nginx']['p99']:.2f} | {row['errors']}"
                f" | {row['rss']:.0f} |")
        out("")
        out(f"Peak RSS under load {r['peak_rss']:.0f} MB. Publish with {r['n']:,} articles stored:"
            f" p50 {r['publish_p50']:.1f} ms, p95 {r['publish_p95']:.1f} ms (100 sequential publishes after 100 to warm up);"
            f" while wrk -t2 -c32 reads random articles and list pages ({r['load']['rps']:,.0f} req/s,"
            f" p99 {r['load']['p99']:.1f} ms): p50 {r['loaded_publish_p50']:.1f} ms,"
            f" p95 {r['loaded_publish_p95']:.1f} ms (100 publishes after 20)."
            f" Start-up to ready: {r['startup']:.2f} s (median of 3 restarts on a migrated database);"
            f" {r['first_start']:.2f} s on first start (migrations and seed publish included).")
        out("")
    if len(results) > 1:
        first, last = results[0], results[-1]
        a = next(x for x in first["rows"] if x["name"] == "article by slug")["rps"]
        b = next(x for x in last["rows"] if x["name"] == "article by slug")["rps"]
        out(f"Article by slug at {last['n']:,} articles vs {first['n']:,}: {b / a:.0%} of the throughput.")
        out("")
    text = "\n".join(lines)
    print(text)
    if not PUBLISH_ONLY:  # a partial run leaves the last full results in place
        with open(RESULTS, "w") as f:
            f.write(text + "\n")


def main():
    if not os.path.exists(JAR):
        sys.exit(f"{JAR} is missing: run src/bench/run.sh, which builds it")
    workdir = tempfile.mkdtemp(prefix="content-bench-")
    os.chmod(workdir, 0o755)  # nginx workers read the article file as an unprivileged user
    try:
        results = [run_size(n, workdir) for n in SIZES]
        report(results)
    finally:
        psql(f"drop database if exists {DATABASE} with (force)")
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
