"""Latency of the public pages, uncached, at 1 000 and 10 000 pages on PostgreSQL (run by hand).

    .venv/bin/python bench/page_bench.py [--sizes 1000 10000] [--repeat 30] [--fresh]
                                         [--database-url postgres://.../kb_listing_bench]
                                         [--profile URL]

Uses its own database (kb_listing_bench on the local server unless told otherwise; created
when missing), loads the demo content, adds generated pages in bulk (bench/fill.py) and
indexes them for search until each size is reached, and GETs each page with the Django test
client: the home page, a method, a case story, a theme page, the listings (also filtered
and on a later page) and a search. It prints, per page, the median, 95th percentile and
fastest of the wall time, the median CPU time of this process (less sensitive to a busy
machine: the database server's time is not in it) and the number of queries.

"Uncached" is the full-page cache off (the development settings' PAGE_CACHE_SECONDS=0)
with everything else warm, as on a site between two publishes: each URL is read once
first, so the listings' cached filter options and counts, Wagtail's site root paths and
the image renditions are in place. The requests of one round go to every URL in turn, so
a burst of load from elsewhere spreads over all of them.

--profile URL: instead of timing, profiles 20 requests of URL (cProfile, the top entries
by cumulative and own time) and lists its queries with their EXPLAIN ANALYZE."""

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kb_listing_bench"
TARGET_MEDIAN_MS = 20
SEARCH = "/sok/?q=samskaping+med+ungdom"


def urls():
    """The pages measured: the same ones at every size (demo pages, not generated ones)."""
    from kb.cases.models import CaseStoryPage
    from kb.methods.models import MethodPage
    from kb.themes.models import Theme

    method = MethodPage.objects.live().order_by("path").first()
    story = CaseStoryPage.objects.live().order_by("path").first()
    theme = Theme.objects.first()
    return [
        "/",
        method.url,
        story.url,
        f"/tema/{theme.slug}/",
        "/metoder/",
        "/erfaringer/",
        "/erfaringer/?ar=2024",
        "/erfaringer/?side=5",
        "/konferanser/",
        SEARCH,
    ]


def fill(filler, size, stdout):
    """Adds generated pages until there are `size`, and indexes them for search."""
    from django.db import connection
    from wagtail.models import Page

    from kb.core.models import ContentVersion
    from search.management.commands.update_index import rebuild_derived

    started = time.perf_counter()
    missing = size - Page.objects.count()
    if missing > 0:
        filler.add(missing)
    if filler.index_unindexed() or missing > 0:
        rebuild_derived(stdout)
        # The bulk fill sends no publish signals: say that the content changed.
        ContentVersion.bump()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        stdout.write(f"Fylt til {size} sider på {time.perf_counter() - started:.0f} s.")


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def measure(client, urls, repeat):
    """{url: (wall times, CPU times, query count)} in milliseconds."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    walls = {url: [] for url in urls}
    cpus = {url: [] for url in urls}
    for url in urls:
        get(client, url)  # warm the caches
    for _ in range(repeat):
        for url in urls:
            wall, cpu = time.perf_counter(), time.process_time()
            get(client, url)
            cpus[url].append((time.process_time() - cpu) * 1000)
            walls[url].append((time.perf_counter() - wall) * 1000)
    counts = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            get(client, url)
        counts[url] = len(queries.captured_queries)
    return {url: (walls[url], cpus[url], counts[url]) for url in urls}


def profile(client, url, stdout):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    get(client, url)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(20):
        get(client, url)
    profiler.disable()
    for order in ("cumulative", "tottime"):
        pstats.Stats(profiler, stream=sys.stdout).sort_stats(order).print_stats(30)
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    for query in queries.captured_queries:
        stdout.write(f"\n-- {query['time']} s\n{query['sql']}")
        if query["sql"].lstrip().upper().startswith("SELECT"):
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN ANALYZE {query['sql']}")
                stdout.write("\n".join(row[0] for row in cursor.fetchall()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    parser.add_argument("--profile", metavar="URL", help="profile this page instead of timing")
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("the benchmark runs on PostgreSQL only")

    from bench.search_bench import percentile, start_django

    start_django(args.database_url, args.fresh, "kb_listing_bench_media")
    from django.core.management.base import OutputWrapper
    from django.test import Client
    from wagtail.models import Page

    from bench.fill import PageFiller

    stdout = OutputWrapper(sys.stdout)
    filler = PageFiller(stdout)
    client = Client(HTTP_HOST="localhost")
    if args.profile:
        fill(filler, max(args.sizes), stdout)
        profile(client, args.profile, stdout)
        return
    rows = []
    for size in sorted(args.sizes):
        fill(filler, size, stdout)
        pages = Page.objects.count()
        for url, (walls, cpus, count) in measure(client, urls(), args.repeat).items():
            median = statistics.median(walls)
            p95, fastest, cpu = percentile(walls, 0.95), min(walls), statistics.median(cpus)
            rows.append((pages, url, median, p95, fastest, cpu, count))
        stdout.write(
            f"\n{'sider':>6}  {'adresse':<44} {'median':>8} {'p95':>8} {'raskest':>8} "
            f"{'CPU':>8} {'spørr.':>6}"
        )
        for pages_, url, median, p95, fastest, cpu, count in rows:
            flag = "" if median < TARGET_MEDIAN_MS else "  (over 20 ms)"
            stdout.write(
                f"{pages_:>6}  {url[:44]:<44} {median:>6.1f}ms {p95:>6.1f}ms {fastest:>6.1f}ms "
                f"{cpu:>6.1f}ms {count:>6}{flag}"
            )


if __name__ == "__main__":
    main()
