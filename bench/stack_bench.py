"""Throughput and latency of the production stack with and without the page cache, at
1 000 and 10 000 pages, against the smallest Django view under the same gunicorn (run by
hand; needs `wrk`, Debian's package).

    .venv/bin/python bench/stack_bench.py [--sizes 1000 10000] [--duration 10]
        [--connections 2] [--database-url postgres://…/kb_stack_bench]
        [--redis-url redis://127.0.0.1:6379/14] [--fresh]

For each size it fills its own database (the demo content, then generated pages:
bench/fill.py, and the search index), starts the stack with deploy/run-local (nginx in
front of gunicorn with 2 workers, PostgreSQL, Redis, settings bench.settings: production
plus /bench/floor/), once with the page cache (PAGE_CACHE_SECONDS=300) and once without
(0), waits until the task worker has emptied its queue, and runs wrk through nginx on the
floor, the home page, a method, a case story, a theme page, a filtered listing and a
search (the worker then writes the searches' log before the stack stops). A separate
pass with Django's test client counts the queries of one request (with the cache: a hit).
It prints one table per size (with wrk's socket errors and answers other than 2xx/3xx
under «feil») and then the issue's targets:

- cached pages reach at least 50 % of the floor's requests per second;
- uncached detail and listing pages take under 20 ms (median) at 10 000 pages;
- no page's median time or query count grows from 1 000 to 10 000 pages.

The machine should be quiet: wrk, nginx, gunicorn and PostgreSQL share its cores, and
the numbers are only comparable with runs on the same machine."""

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kb_stack_bench"
SETTINGS = "bench.settings"
PORT, WEB_PORT, SMTP_PORT = 8480, 8481, 8425
SITE_URL = f"http://127.0.0.1:{PORT}"
CACHE_ON, CACHE_OFF = "300", "0"
# Which pages each target speaks of.
DETAIL = ("method", "case story")
LISTING = ("theme page", "filtered listing")
CACHED = ("home", *DETAIL, *LISTING)  # search is never in the page cache


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per URL")
    parser.add_argument("--connections", type=int, default=2, help="wrk's connections")
    parser.add_argument(
        "--run-dir", type=Path, default=Path(tempfile.gettempdir()) / "kb_stack_bench"
    )
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    return parser.parse_args()


def start_django(args):
    """This process fills the stack's database and counts queries, with its settings."""
    from bench.search_bench import ensure_database

    ensure_database(args.database_url, args.fresh)
    args.run_dir.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        SECRET_KEY=secrets.token_urlsafe(50),
        SITE_URL=SITE_URL,
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        MEDIA_ROOT=str(args.run_dir / "media"),
    )
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    if args.fresh:
        cache.clear()
        shutil.rmtree(args.run_dir / "media", ignore_errors=True)
    # The build step, here and first: this process reads the static files' manifest once,
    # when a page first names a static file, and must not read it before it exists.
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("setup_site", stdout=open(os.devnull, "w"))  # noqa: SIM115


def fill(stdout, filler, size):
    from django.db import connection
    from wagtail.models import Page

    from kb.core.models import ContentVersion
    from search.management.commands.update_index import rebuild_derived

    missing = size - Page.objects.count()
    if missing > 0:
        started = time.perf_counter()
        filler.add(missing)
        filler.index_unindexed()
        rebuild_derived(stdout)
        ContentVersion.bump()  # the bulk fill sends no publish signals
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        stdout.write(f"Fylt til {size} sider på {time.perf_counter() - started:.0f} s.")
    return Page.objects.count()


def urls():
    """The pages measured, the same ones at every size (the demo's, made first)."""
    from kb.cases.models import CaseStoryPage
    from kb.methods.models import MethodPage
    from kb.themes.models import Theme

    theme = Theme.objects.order_by("pk").first()
    return {
        "floor": "/bench/floor/",
        "home": "/",
        "method": MethodPage.objects.live().order_by("pk").first().url,
        "case story": CaseStoryPage.objects.live().order_by("pk").first().url,
        "theme page": f"/tema/{theme.slug}/",
        "filtered listing": f"/erfaringer/?tema={theme.slug}",
        "search": "/sok/?q=samskaping",
    }


def query_counts(pages, page_cache_seconds):
    """Queries of one request to each page (after one to warm it: with the cache on, the
    counted one is a hit)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST=f"127.0.0.1:{PORT}")
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=int(page_cache_seconds)):
        for name, url in pages.items():
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            counts[name] = len(queries)
    return counts


class Stack:
    """deploy/run-local with the benchmark's settings, its database and page cache."""

    def __init__(self, args, page_cache_seconds):
        command = [
            str(ROOT / "deploy" / "run-local"),
            "start",
            "--no-demo",
            "--settings", SETTINGS,
            "--workers", "2",
            "--port", str(PORT),
            "--web-port", str(WEB_PORT),
            "--smtp-port", str(SMTP_PORT),
            "--database-url", args.database_url,
            "--redis-url", args.redis_url,
            "--run-dir", str(args.run_dir),
            "--no-build",  # start_django() collected the static files
        ]  # fmt: skip
        self.log = (args.run_dir / "stack.log").open("a")
        env = {**os.environ, "PAGE_CACHE_SECONDS": page_cache_seconds}
        self.process = subprocess.Popen(  # noqa: S603
            command, stdout=self.log, stderr=subprocess.STDOUT, env=env
        )

    def __enter__(self):
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"deploy/run-local stoppet; se {self.log.name}")
            try:
                if requests.get(f"{SITE_URL}/helse/", timeout=10).status_code == 200:
                    wait_for_the_task_queue(deadline)
                    return self
            except requests.RequestException:
                pass
            time.sleep(1)
        raise SystemExit(f"stakken startet ikke; se {self.log.name}")

    def __exit__(self, exc_type, *exc):
        # The worker runs the search log the measured searches left before it stops: stopped
        # between claiming a task and running it, it leaves the task marked as running.
        if exc_type is None:
            wait_for_the_task_queue(time.monotonic() + 600, running=True)
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        self.log.close()


def wait_for_the_task_queue(deadline, running=False):
    """Until the task worker has run every task that is due (and, `running`, finished the
    ones it has begun): the index tasks the demo load left, the search log of the measured
    searches. Otherwise it shares the cores with the first pages measured (the floor at
    1 000 pages ran at half the rate of the one at 10 000)."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.ready()
    if running:
        waiting |= DBTaskResult.objects.running()
    while (left := waiting.count()) and time.monotonic() < deadline:
        print(f"  venter på oppgavekøen: {left} oppgaver igjen", flush=True)
        time.sleep(5)
    if left:
        raise SystemExit(f"oppgavekøen ble ikke tom ({left} igjen); kjører workeren?")


def wrk(url, duration, connections):
    def run(seconds):
        result = subprocess.run(  # noqa: S603
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s"]
            + [str(ROOT / "bench" / "wrk_report.lua"), url],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    # The first view of a page makes its image renditions (AVIF takes seconds), longer
    # than wrk waits; then a short run warms both workers and their caches.
    for _ in range(2):
        requests.get(url, timeout=300).raise_for_status()
    run(2)
    report = run(duration)
    report["rps"] = report["requests"] / report["seconds"]
    return report


def measure(args, pages):
    rows = {}
    for cache_label, seconds in (("on", CACHE_ON), ("off", CACHE_OFF)):
        with Stack(args, seconds):
            for name, path in pages.items():
                if name == "floor" and cache_label == "off":
                    rows[(name, "off")] = rows[(name, "on")]  # the floor has no page cache
                    continue
                report = wrk(SITE_URL + path, args.duration, args.connections)
                rows[(name, cache_label)] = report
                print(
                    f"  {name:<17} cache {cache_label:<3} {report['rps']:8.1f} req/s  "
                    f"median {report['p50_ms']:6.1f} ms  p95 {report['p95_ms']:6.1f} ms  "
                    f"feil {report['errors'] + report['non_2xx_3xx']}",
                    flush=True,
                )
        for name, count in query_counts(pages, seconds).items():
            rows[(name, cache_label)]["queries"] = count
    return rows


def table(size, pages, rows):
    floor = rows[("floor", "on")]["rps"]
    print(f"\n{size} sider (wrk gjennom nginx, gunicorn 2 workers)")
    print(
        f"  {'side':<17} {'cache':<5} {'req/s':>8} {'median':>9} {'p95':>9} "
        f"{'spørringer':>10} {'av gulvet':>9} {'feil':>5}"
    )
    for name in pages:
        for cache_label in ("on", "off"):
            if name == "floor" and cache_label == "off":
                continue
            row = rows[(name, cache_label)]
            print(
                f"  {name:<17} {cache_label:<5} {row['rps']:8.1f} {row['p50_ms']:7.1f}ms "
                f"{row['p95_ms']:7.1f}ms {row['queries']:>10} {row['rps'] / floor:8.0%} "
                f"{row['errors'] + row['non_2xx_3xx']:>5}"
            )


def targets(results):
    """The issue's targets, each line saying whether it is met."""
    sizes = sorted(results)
    largest = results[sizes[-1]]
    floor = largest[("floor", "on")]["rps"]
    print(f"\nMål ({sizes[-1]} sider):")
    for name in CACHED:
        share = largest[(name, "on")]["rps"] / floor
        verdict = "ok" if share >= 0.5 else "IKKE NÅDD"
        print(f"  {name:<17} med cache: {share:4.0%} av gulvets req/s (≥ 50 %): {verdict}")
    for name in DETAIL + LISTING:
        median = largest[(name, "off")]["p50_ms"]
        verdict = "ok" if median < 20 else "IKKE NÅDD"
        print(f"  {name:<17} uten cache: median {median:.1f} ms (< 20 ms): {verdict}")
    if len(sizes) < 2:
        return
    small = results[sizes[0]]
    print(
        f"\nVekst fra {sizes[0]} til {sizes[-1]} sider (median over 1,2× + 1 ms, flere spørringer):"
    )
    for (name, cache_label), row in largest.items():
        if name == "floor":
            continue
        before = small[(name, cache_label)]
        grows = row["p50_ms"] > 1.2 * before["p50_ms"] + 1 or row["queries"] > before["queries"]
        print(
            f"  {name:<17} cache {cache_label:<3} median {before['p50_ms']:5.1f} → "
            f"{row['p50_ms']:5.1f} ms, spørringer {before['queries']} → {row['queries']}: "
            f"{'VOKSER' if grows else 'ok'}"
        )


def main():
    args = parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk mangler: apt-get install wrk")
    sys.stdout.reconfigure(line_buffering=True)
    start_django(args)
    from django.core.management.base import OutputWrapper

    from bench.fill import PageFiller

    stdout = OutputWrapper(sys.stdout)
    filler = PageFiller(stdout)
    results = {}
    load = os.getloadavg()
    for size in sorted(args.sizes):
        pages_count = fill(stdout, filler, size)
        pages = urls()
        print(f"\n== {pages_count} sider", flush=True)
        results[pages_count] = measure(args, pages)
    for size in sorted(results):
        table(size, pages, results[size])
    targets(results)
    print(
        f"\nMaskinens belastning (snitt siste minutt) før: {load[0]:.1f}, etter: "
        f"{os.getloadavg()[0]:.1f}, på {os.cpu_count()} kjerner."
    )


if __name__ == "__main__":
    main()
