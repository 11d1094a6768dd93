"""Latency of the listing pages at 1 000 and 10 000 pages, on PostgreSQL (run by hand).

    .venv/bin/python bench/listing_bench.py [--sizes 1000 10000] [--repeat 20] [--fresh]
                                            [--database-url postgres://.../kb_listing_bench]

Uses its own database (kb_listing_bench on the local server unless told otherwise; created
when missing), loads the demo content, adds generated pages in bulk (bench/fill.py) until
each size is reached, and prints the median and 95th percentile of a GET of /metoder/,
/erfaringer/ (also filtered and on a later page), /konferanser/ and a theme page with the
Django test client. Each URL is read once first, so the cached filter options are warm, as
they are on a site between two publishes."""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kb_listing_bench"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("the benchmark runs on PostgreSQL only")

    from bench.search_bench import percentile, start_django, timed

    start_django(args.database_url, args.fresh, "kb_listing_bench_media")
    from django.core.management.base import OutputWrapper
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page

    from bench.fill import PageFiller
    from kb.core.models import ContentVersion
    from kb.themes.models import Theme

    stdout = OutputWrapper(sys.stdout)
    filler = PageFiller(stdout)
    client = Client(HTTP_HOST="localhost")
    theme = Theme.objects.first()
    urls = [
        "/metoder/",
        "/erfaringer/",
        "/erfaringer/?ar=2024",
        "/erfaringer/?side=5",
        "/konferanser/",
        f"/tema/{theme.slug}/",
    ]
    rows = []
    for size in sorted(args.sizes):
        missing = size - Page.objects.count()
        if missing > 0:
            started = time.perf_counter()
            filler.add(missing)
            # The bulk fill sends no publish signals: say that the content changed.
            ContentVersion.bump()
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
            stdout.write(f"Fylt til {size} sider på {time.perf_counter() - started:.0f} s.")
        pages = Page.objects.count()

        def get(url):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        for url in urls:
            times = timed(lambda url=url: get(url), args.repeat)
            rows.append((pages, url, statistics.median(times), percentile(times, 0.95)))
        stdout.write(f"\n{'sider':>8}  {'adresse':<28} {'median':>9} {'p95':>9}")
        for pages_, url, median, p95 in rows:
            stdout.write(f"{pages_:>8}  {url:<28} {median:>7.1f}ms {p95:>7.1f}ms")


if __name__ == "__main__":
    main()
