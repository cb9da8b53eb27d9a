#!/usr/bin/env python3
"""Soak: the packaged app under a mixed load of reads and editorial writes for a long run.

Run through soak.sh, which installs wrk and builds the app. Starts the app on a fresh database and
a fixed heap, publishes SOAK_ARTICLES articles through the editorial API, warms up with the same
mix, then drives one wrk run (soak.lua) for SOAK_DURATION at SOAK_CONNECTIONS while sampling the
app's memory. It then checks: no 5xx and no socket errors, every write answered, every
acknowledged write in the database and nothing else (draft by draft, version by version), and
heap after a forced GC no more than 20 % above where it was after the warm-up, besides what
threads the worker pool added meanwhile bring. Prints the
results, writes them to src/bench/soak-results.md and exits 1 when a check fails.
"""
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone

from harness import (JAR, PRODUCTION_JAVA_OPTS, ROOT, App, call, drop_database, free_port,
                     fresh_database, psql)


def seconds(text):
    """'90s', '10m', '1h' or a bare number of seconds."""
    match = re.fullmatch(r"(\d+)([smh]?)", text.strip())
    if not match:
        sys.exit(f"cannot read the duration {text!r}: write e.g. 90s, 10m or 1h")
    return int(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]


DURATION = seconds(os.environ.get("SOAK_DURATION", "10m"))
CONNECTIONS = int(os.environ.get("SOAK_CONNECTIONS", "64"))
THREADS = int(os.environ.get("SOAK_THREADS", "2"))
WARM_UP = seconds(os.environ.get("SOAK_WARM_UP", "60s"))
# Share of all requests that are editorial writes; each chain is three of them.
WRITE_PERCENT = float(os.environ.get("SOAK_WRITE_PERCENT", "6"))
ARTICLES = int(os.environ.get("SOAK_ARTICLES", "50"))
SAMPLE_EVERY = seconds(os.environ.get("SOAK_SAMPLE_EVERY", "15s"))
# Post-GC heap after the soak may be this much above post-GC heap after the warm-up, besides what
# threads added to the worker pool meanwhile bring: each keeps its own caches (Netty's buffer
# cache, recyclers), measured here at about 180 KB a thread. The pool is bounded, so that growth
# stops; growth with the number of requests or writes does not, and is what this check is for.
HEAP_GROWTH_ALLOWED = 0.20
HEAP_PER_ADDED_THREAD_MB = 0.25
# A write still unanswered this long is a wrk timeout, and a failure.
TIMEOUT = 10
DATABASE = "content_soak"
ADMIN = "soak-admin-token-0123456789abcdef0123456"
RESULTS = os.path.join(ROOT, "src", "bench", "soak-results.md")
LUA = os.path.join(ROOT, "src", "bench", "soak.lua")
WORK = os.path.join(ROOT, "target", "soak")
SKUS = ["SAMPLE-K2-MK7-100", "SAMPLE-D3-K2-DROPS"]
CITATION = "krishnan-vitamin-k2-presentation"
# A fixed heap, touched up front, so that RSS holds all of it from the start: whatever RSS gains
# during the run is then memory outside the heap.
JAVA_OPTS = os.environ.get(
    "SOAK_JAVA_OPTS",
    " ".join(["-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch", *PRODUCTION_JAVA_OPTS])).split()
APP_ENV = {
    # The soak reads anonymously from one address; the anonymous tier still counts every request.
    "CONTENT_PARTNERS_TIERS_ANONYMOUS_REQUESTS": "1000000000",
    # All soak writes use one editorial token (content.editorial.limits.requests is per token); a
    # 429 is counted apart and never as an acknowledged write, but a budget this large gives none.
    "CONTENT_EDITORIAL_LIMITS_REQUESTS": "1000000000",
}
# The drafts the soak writes, the seeded ones and the ones soak.lua creates alike: two sections,
# a cited paragraph each, one product link.
DRAFT = json.dumps({
    "slug": "{{slug}}", "locale": "en-US", "title": "{{title}}",
    "summary": "An article the soak wrote to keep the editorial path busy.",
    "topics": ["{{topic}}"],
    "authors": [{"name": "Soak Desk", "type": "organization"}],
    "sections": [
        {"key": "why", "heading": "Why it matters", "blocks": [
            {"type": "paragraph", "text": "Vitamin K2 helps direct calcium to bones.",
             "citations": [CITATION]}]},
        {"key": "how", "heading": "How to take it", "blocks": [
            {"type": "paragraph", "text": "Take it with a meal that contains some fat.",
             "citations": [CITATION]},
            {"type": "bulletedList", "items": [{"text": "With breakfast"}, {"text": "With dinner"}]}]},
    ],
    "productLinks": [{"sku": "{{sku}}", "role": "featured"}],
    "citations": [CITATION],
}, separators=(",", ":"))
AUTH = {"Authorization": f"Bearer {ADMIN}"}


def fill(slug, title, sku, topic):
    return json.loads(DRAFT.replace("{{slug}}", slug).replace("{{title}}", title)
                      .replace("{{sku}}", sku).replace("{{topic}}", topic))


def expect(answer, status, what):
    if answer[0] != status:
        raise RuntimeError(f"{what} answered {answer[0]}: {answer[2][:300]!r}")
    return answer


def seed(port):
    """Publishes the articles the reads spread over; returns the paths soak.lua reads."""
    slugs = ["vitamin-k2-mk7"]
    for i in range(1, ARTICLES + 1):
        slug = f"soak-seed-{i:03d}"
        body = fill(slug, f"Seed article {i} of the soak", SKUS[i % len(SKUS)], f"theme-{i % 5}")
        created = expect(call(port, "POST", "/v1/editorial/articles", body, AUTH), 201, "create")
        article = json.loads(created[2])["id"]
        expect(call(port, "POST", f"/v1/editorial/articles/{article}/publish",
                    {"changeNote": "Seeded by the soak."}, AUTH), 201, "publish")
        slugs.append(slug)
    articles, etags = [], []
    for slug in slugs:
        _, headers, _ = expect(call(port, "GET", f"/v1/articles/{slug}"), 200, slug)
        articles.append(f"/v1/articles/{slug}")
        etags.append(headers["ETag"])
    lists = pages(port, "/v1/articles?limit=10") + [f"/v1/articles?topic=theme-{k}&limit=5"
                                                    for k in range(5)]
    products = [p for sku in SKUS for p in pages(port, f"/v1/products/{sku}/articles?limit=10")]
    versions = [f"/v1/articles/{slug}/versions/1" for slug in slugs]
    return {"articles": articles, "etags": etags, "lists": lists, "products": products,
            "versions": versions}


def pages(port, first):
    """The first page's path and the path of every page after it, by following "next"."""
    paths, path = [], first
    while path:
        paths.append(path)
        _, _, body = expect(call(port, "GET", path), 200, path)
        cursor = json.loads(body).get("next")
        path = f"{first}&cursor={cursor}" if cursor else None
    return paths


def lua_value(value):
    """Python data as a Lua literal; JSON's string escapes are valid Lua for ASCII text."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{json.dumps(k)}] = {lua_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "{" + ", ".join(lua_value(v) for v in value) + "}"
    return json.dumps(value)


def heap_mb(management_port):
    """Heap in use now, summed over the heap's pools, and live threads, from the app's metrics
    (served on its management port)."""
    _, _, body = call(management_port, "GET", "/q/metrics", timeout=20)
    text = body.decode()
    used = sum(float(m.group(1)) for m in re.finditer(
        r'^jvm_memory_used_bytes\{area="heap",[^}]*\} (\S+)$', text, re.M))
    threads = re.search(r"^jvm_threads_live_threads(?:\{[^}]*\})? (\S+)$", text, re.M)
    return used / 2**20, int(float(threads.group(1))) if threads else 0


def post_gc_heap_mb(app):
    """Heap in use right after a full collection the JVM is asked for, and live threads."""
    subprocess.run(["jcmd", str(app.pid), "GC.run"], check=True, stdout=subprocess.DEVNULL)
    return heap_mb(app.management_port)


class Sampler(threading.Thread):
    """Reads RSS and heap every SAMPLE_EVERY seconds while the soak runs. No full GC is forced
    meanwhile: under load it would keep in-flight requests alive and not compare with the two
    taken at rest."""

    def __init__(self, app):
        super().__init__(daemon=True)
        self.app, self.samples, self.finished = app, [], threading.Event()

    def run(self):
        began = time.monotonic()
        while not self.finished.wait(SAMPLE_EVERY - (time.monotonic() - began) % SAMPLE_EVERY):
            try:
                self.samples.append(
                    (time.monotonic() - began, self.app.rss_mb(), *heap_mb(self.app.management_port)))
            except OSError as failed:
                print(f"memory sample failed: {failed}", file=sys.stderr)


def drive(port, data, prefix, duration, label):
    """One wrk run of soak.lua; returns its counts and the writes it saw acknowledged."""
    data = dict(data, prefix=prefix, writes_for=duration)
    data_file = os.path.join(WORK, f"{label}.data.lua")
    with open(data_file, "w") as f:
        f.write("return " + lua_value(data) + "\n")
    result_file = os.path.join(WORK, f"{label}.result.json")
    env = dict(os.environ, SOAK_DATA=data_file, SOAK_RESULT=result_file)
    # Each thread stops by itself once its last write is answered; -d only bounds the wait.
    cmd = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration + TIMEOUT + 5}s",
           f"--timeout={TIMEOUT}s",
           "--latency", "-s", LUA, f"http://127.0.0.1:{port}"]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    with open(os.path.join(WORK, f"{label}.wrk.txt"), "w") as f:
        f.write(out)
    with open(result_file) as f:
        result = json.load(f)
    acked = {"create": set(), "update": set(), "publish": set()}
    took = {"create": [], "update": [], "publish": []}
    for thread in range(1, THREADS + 1):
        with open(f"{result_file}.{thread}") as f:
            for line in f:
                kind, ms, *what = line.split()
                acked[kind].add(" ".join(what))
                if ms != "-":
                    took[kind].append(float(ms))
    result["acked"], result["took"] = acked, took
    result["wrk"] = out
    return result


def stored(prefix):
    """The soak's writes with this prefix as the database holds them."""
    like = f"'{prefix}%'"
    drafts = {row[0] for row in psql(f"select slug from article where slug like {like}",
                                     DATABASE, query=True)}
    revised = {row[0] for row in psql(
        f"select slug from article where slug like {like} and title like '% (revised)'",
        DATABASE, query=True)}
    versions = {f"{row[0]} {row[1]}" for row in psql(
        "select a.slug, v.version from article_version v join article a on a.id = v.article_id"
        f" where a.slug like {like}", DATABASE, query=True)}
    return {"create": drafts, "update": revised, "publish": versions}


def check_writes(result, prefix, port):
    """Checks of one phase's writes against the database; returns (checks, table rows)."""
    rows_of = stored(prefix)
    checks, table = [], []
    for kind in ("create", "update", "publish"):
        acked, rows = result["acked"][kind], rows_of[kind]
        refused = {k.split()[1]: n for k, n in result["refused"].items() if k.split()[0] == kind}
        sent = result["sent"].get(kind, 0)
        answered = len(acked) + sum(refused.values())
        lost, unasked = acked - rows, rows - acked
        table.append((kind, sent, len(acked), len(rows), refused.get("429", 0),
                      sum(n for code, n in refused.items() if code != "429")))
        # A run whose writes were all refused would pass the database check without proving anything.
        checks.append((f"{prefix}* {kind}: every write answered, some acknowledged",
                       sent == answered and len(acked) > 0,
                       f"{sent} sent, {len(acked)} acknowledged, {sum(refused.values())} refused"
                       f" {dict(sorted(refused.items()))}"))
        checks.append((f"{prefix}* {kind}: database holds exactly the acknowledged writes",
                       not lost and not unasked,
                       f"{len(acked)} acknowledged, {len(rows)} in the database, {len(lost)} lost"
                       f" (e.g. {sorted(lost)[:3]}), {len(unasked)} not acknowledged"
                       f" (e.g. {sorted(unasked)[:3]})"))
    published = sorted(result["acked"]["publish"])
    sample = random.Random(7).sample(published, min(20, len(published)))
    served = 0
    for entry in sample:
        slug, version = entry.split()
        status, _, body = call(port, "GET", f"/v1/articles/{slug}")
        document = json.loads(body) if status == 200 else {}
        served += document.get("version") == int(version) and document.get("title", "").endswith(
            "(revised)")
    checks.append((f"{prefix}* acknowledged publishes are delivered", served == len(sample) > 0,
                   f"{served} of {len(sample)} sampled published articles served as published"))
    return checks, table


def slope(points):
    """Least-squares slope of (minutes, value) points, per minute."""
    if len(points) < 2:
        return 0.0
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    spread = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / spread if spread else 0.0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] if ordered else 0.0


def nearest(samples, at):
    return min(samples, key=lambda s: abs(s[0] - at)) if samples else (at, 0.0, 0.0, 0)


def report(run):
    main, warm = run["main"], run["warm"]
    lines = []
    out = lines.append
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    # Results files do not count: the previous run's are always there to be overwritten.
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "src", "pom.xml",
                            ":!src/bench/*results.md"], capture_output=True, text=True).stdout.strip()
    seconds_run = main["duration_us"] / 1e6
    latency = main["latency_us"]
    statuses = main["status"]
    out("# Soak results")
    out("")
    out(f"Measured {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} at commit {commit}"
        f"{' with uncommitted changes' if dirty else ''}, on {os.cpu_count()} cores ({cpu}), wrk"
        f" -t{THREADS} -c{CONNECTIONS} on the same machine, app on loopback, PostgreSQL 15 local."
        f" {DURATION} s of soak after a {WARM_UP} s warm-up with the same mix; {ARTICLES + 1}"
        f" published articles to read; {WRITE_PERCENT:g} % of requests are editorial writes"
        f" (create a draft, revise it with If-Match, publish it with If-Match); after {DURATION} s"
        f" no write starts, and each wrk thread stops once its last write is answered. App JVM"
        f" options `{' '.join(JAVA_OPTS)}`. Command: `SOAK_DURATION={DURATION}s"
        f" SOAK_CONNECTIONS={CONNECTIONS} bash src/bench/soak.sh`.")
    out("")
    out("## Checks")
    out("")
    for name, passed, detail in run["checks"]:
        out(f"- **{'PASS' if passed else 'FAIL'}** {name}: {detail}")
    out("")
    out("## Load")
    out("")
    out(f"{main['requests']:,} requests in {seconds_run:.0f} s: {main['requests'] / seconds_run:,.0f}"
        f" req/s; latency p50 {latency['p50'] / 1000:.2f} ms, p90 {latency['p90'] / 1000:.2f} ms,"
        f" p99 {latency['p99'] / 1000:.2f} ms, p99.9 {latency['p999'] / 1000:.2f} ms, max"
        f" {latency['max'] / 1000:.0f} ms (all kinds together).")
    out("")
    out("Statuses: " + ", ".join(f"{code}: {n:,}" for code, n in sorted(statuses.items()))
        + f". wrk socket errors: {main['errors']['connect']} connect, {main['errors']['read']}"
        f" read, {main['errors']['write']} write, {main['errors']['timeout']} timeout.")
    out("")
    writes = sum(len(main["acked"][kind]) for kind in ("create", "update", "publish"))
    out(f"Editorial writes acknowledged: {writes:,} ({writes / seconds_run:.1f}/s). Their latency,"
        " timed by soak.lua from request to acknowledgement: " + "; ".join(
            f"{kind} p50 {percentile(main['took'][kind], 50):.0f} ms, p99"
            f" {percentile(main['took'][kind], 99):.0f} ms, max {max(main['took'][kind] or [0]):.0f} ms"
            for kind in ("create", "update", "publish")) + ".")
    out("")
    out("Requests sent by kind: " + ", ".join(
        f"{kind} {main['sent'].get(kind, 0):,}" for kind in
        ("read", "conditional", "list", "product", "version", "create", "update", "publish"))
        + " (reads still in flight when wrk stops are never answered).")
    out("")
    out("| writes | sent | acknowledged (2xx) | rows in the database | 429 | other refusals |")
    out("| --- | ---: | ---: | ---: | ---: | ---: |")
    for phase, table in (("warm-up", run["warm_table"]), ("soak", run["main_table"])):
        for kind, sent, acked, rows, limited, other in table:
            out(f"| {phase} {kind} | {sent:,} | {acked:,} | {rows:,} | {limited:,} | {other:,} |")
    out("")
    out("## Memory")
    out("")
    samples = run["samples"]
    out("| when | RSS MB | heap used MB | live threads |")
    out("| --- | ---: | ---: | ---: |")
    for label, at in (("minute 1", 60), ("middle", DURATION / 2), ("end", DURATION)):
        t, rss, heap, threads = nearest(samples, at)
        out(f"| {label} ({t:.0f} s) | {rss:.0f} | {heap:.0f} | {threads} |")
    out("")
    (before, threads_before), (after, threads_after) = run["heap_before"], run["heap_after"]
    out(f"Heap after a forced full GC, with no load: {before:.1f} MB after the warm-up"
        f" ({threads_before} live threads), {after:.1f} MB after the soak ({threads_after})"
        f" ({(after / before - 1) * 100:+.1f} %; allowed +{HEAP_GROWTH_ALLOWED * 100:.0f} % plus"
        f" {HEAP_PER_ADDED_THREAD_MB * 1024:.0f} KB per thread added). Least-squares slope over the"
        f" {len(samples)} samples (every {SAMPLE_EVERY} s): RSS {run['rss_slope']:+.2f} MB/min,"
        f" heap used {run['heap_slope']:+.2f} MB/min (heap used rises and falls with every young"
        f" collection, so its slope is noisy; the post-GC numbers are the ones to trust).")
    out("")
    out("All samples (s, RSS MB, heap MB, live threads): " + "; ".join(
        f"{t:.0f} {rss:.0f} {heap:.0f} {threads}" for t, rss, heap, threads in samples) + ".")
    out("")
    text = "\n".join(lines)
    print(text)
    print()
    print("wrk's own summary of the soak:")
    print(main["wrk"])
    with open(RESULTS, "w") as f:
        f.write(text)


def stop_on_signal(signum, _):
    # Turned into an exception so that the finally blocks stop the app and wrk.
    raise SystemExit(f"stopped by signal {signum}")


def main():
    if not os.path.exists(JAR):
        sys.exit(f"{JAR} is missing: run src/bench/soak.sh, which builds it")
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop_on_signal)
    os.makedirs(WORK, exist_ok=True)
    for leftover in os.listdir(WORK):
        os.remove(os.path.join(WORK, leftover))
    fresh_database(DATABASE)
    port = free_port()
    failed = True
    with open(os.path.join(WORK, "app.log"), "w") as log:
        app = App(DATABASE, port, ADMIN, JAVA_OPTS, log, APP_ENV)
        try:
            startup = app.start()
            print(f"app ready on port {port} after {startup:.1f} s (pid {app.pid}); seeding"
                  f" {ARTICLES} articles", flush=True)
            data = seed(port)
            create_percent = 100 * (WRITE_PERCENT / 100) / (3 - 2 * WRITE_PERCENT / 100)
            data.update(admin=ADMIN, skus=SKUS, draft=DRAFT, create_percent=create_percent,
                        weights={"read": 30, "conditional": 25, "list": 20, "product": 10,
                                 "version": 15})
            print(f"warming up for {WARM_UP} s", flush=True)
            warm = drive(port, data, "soak-w-", WARM_UP, "warm-up")
            heap_before = post_gc_heap_mb(app)
            print(f"heap after warm-up and a full GC: {heap_before[0]:.1f} MB; soaking for"
                  f" {DURATION} s at {CONNECTIONS} connections", flush=True)
            sampler = Sampler(app)
            sampler.start()
            try:
                soaked = drive(port, data, "soak-m-", DURATION, "soak")
            finally:
                sampler.finished.set()
                sampler.join()
            heap_after = post_gc_heap_mb(app)
            # wrk idles until its -d after its threads stopped; those samples are not of the soak.
            samples = [s for s in sampler.samples
                       if s[0] <= soaked["duration_us"] / 1e6 + SAMPLE_EVERY]
            checks = []
            statuses = {}
            errors = {}
            for result in (warm, soaked):
                for code, n in result["status"].items():
                    statuses[code] = statuses.get(code, 0) + n
                for kind, n in result["errors"].items():
                    errors[kind] = errors.get(kind, 0) + n
            server_errors = sum(n for code, n in statuses.items() if code.startswith("5"))
            checks.append(("no 5xx", server_errors == 0,
                           f"{server_errors} answers 5xx of {warm['requests'] + soaked['requests']:,}"))
            socket = sum(errors[k] for k in ("connect", "read", "write", "timeout"))
            checks.append(("no socket errors or timeouts", socket == 0,
                           ", ".join(f"{errors[k]} {k}" for k in ("connect", "read", "write", "timeout"))))
            unexpected = {c: n for c, n in statuses.items() if c not in ("200", "201", "304", "429")}
            checks.append(("only 200, 201, 304 and 429 answers", not unexpected,
                           f"others: {unexpected or 'none'}"))
            warm_checks, warm_table = check_writes(warm, "soak-w-", port)
            main_checks, main_table = check_writes(soaked, "soak-m-", port)
            checks += warm_checks + main_checks
            added_threads = max(0, heap_after[1] - heap_before[1])
            unexplained = heap_after[0] - heap_before[0] - added_threads * HEAP_PER_ADDED_THREAD_MB
            checks.append(("memory flat: post-GC heap after the soak within"
                           f" +{HEAP_GROWTH_ALLOWED * 100:.0f} % of post-GC heap after the warm-up,"
                           f" besides {HEAP_PER_ADDED_THREAD_MB * 1024:.0f} KB per thread added",
                           unexplained <= HEAP_GROWTH_ALLOWED * heap_before[0],
                           f"{heap_before[0]:.1f} MB -> {heap_after[0]:.1f} MB"
                           f" ({(heap_after[0] / heap_before[0] - 1) * 100:+.1f} %), live threads"
                           f" {heap_before[1]} -> {heap_after[1]}; growth beyond the added threads"
                           f" {unexplained:+.1f} MB ({unexplained / heap_before[0] * 100:+.1f} %)"))
            report({
                "main": soaked, "warm": warm, "checks": checks, "samples": samples,
                "warm_table": warm_table, "main_table": main_table,
                "heap_before": heap_before, "heap_after": heap_after,
                "rss_slope": slope([(s[0] / 60, s[1]) for s in samples]),
                "heap_slope": slope([(s[0] / 60, s[2]) for s in samples]),
            })
            failed = not all(passed for _, passed, _ in checks)
        finally:
            app.stop()
    if failed:
        print(f"\nSOAK FAILED: database {DATABASE} and {WORK} are kept for a look", file=sys.stderr)
        sys.exit(1)
    drop_database(DATABASE)
    print("\nSOAK PASSED")


if __name__ == "__main__":
    main()
