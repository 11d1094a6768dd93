"""Search latency at 10 000 and 100 000 pages, on PostgreSQL.

    make bench
    .venv/bin/python bench/search_bench.py [--sizes 10000 100000] [--repeat 5] [--fresh]
                                           [--database-url postgres://.../kb_bench]

Uses its own database (kb_bench on the local server unless told otherwise; created when
missing, never db.sqlite3 or a developer's database), loads the demo content, adds generated
Norwegian pages until each size is reached, and for each size prints the median and 95th
percentile response time of the relevance queries (bench/relevance/) in six ways:

  search          the matching pages counted and the first ten ranked, no facets
  search + facets the same with the facet counts (the search engine's whole answer)
  + filters       the same with two facet values chosen (content type and year)
  page            the whole search page: facet counts, snippets, promotions, query log
                  (enqueued for the task worker, as in production)
  page + filters  the same with two facet values chosen (content type and year)
  page, kept      the whole search page repeated, its answer from the cache
                  (SEARCH_CACHES_ANSWERS; the other ways are measured without it)
  suggestions     the autocomplete endpoint, for the first five letters of each query

Each request is made once to warm the caches, then --repeat times. Run it on a quiet
machine; the numbers are only comparable with runs on the same machine."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kb_bench"
FILTERS = {"innhold": "erfaring", "ar": "2024"}
TARGET_P95_MS = 50


# The PostgreSQL settings the README recommends for search («Search», PostgreSQL settings):
# without them the planner reads every page's text for a word many pages have.
RANDOM_PAGE_COST = "ALTER DATABASE {} SET random_page_cost = 1.1"
CONCATENATION_COST = "ALTER FUNCTION pg_catalog.tsvector_concat(tsvector, tsvector) COST 100"


def ensure_database(url, fresh):
    """Creates the benchmark database on the server if it is missing (or --fresh), with the
    PostgreSQL settings the README recommends for search."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    name = config["NAME"]
    options = {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
        "autocommit": True,
    }
    with psycopg.connect(dbname="postgres", **options) as server:
        exists = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            server.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            exists = None
        if not exists:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        server.execute(sql.SQL(RANDOM_PAGE_COST).format(sql.Identifier(name)))
    with psycopg.connect(dbname=name, **options) as database:  # each database's own catalogue
        database.execute(CONCATENATION_COST)


def percentile(values, share):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def timed(call, repeat):
    call()  # warm caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure(client, queries, repeat):
    """{mode: [ms]}. The page enqueues its query log for the task worker, as in production;
    the settings of `make run`, which the benchmark uses, would write it in the request."""
    from django.test import RequestFactory, override_settings
    from django_tasks_db.models import DBTaskResult

    from kb.settings.base import task_queue
    from search.engine import RankedResults, among_matched, match, ranked_results, run
    from search.filing import searchable_pages
    from search.query import understand

    factory = RequestFactory()

    def search_only(query):
        understood = understand(query)
        pages = searchable_pages()
        matched_ids = match(pages, understood)
        within = pages.filter(among_matched(matched_ids))
        ranking = ranked_results(within, understood, len(matched_ids))
        list(RankedResults(lambda: ranking, len(matched_ids), understood)[0:10])

    def search_with_facets(query, params):
        request = factory.get("/sok/", {"q": query, **params})
        list(run(request, query).results)

    def get(path, params):
        response = client.get(path, params)
        assert response.status_code == 200, (path, params, response.status_code)

    modes = {
        "search": lambda q: search_only(q),
        "search + facets": lambda q: search_with_facets(q, {}),
        "+ filters": lambda q: search_with_facets(q, FILTERS),
        "page": lambda q: get("/sok/", {"q": q}),
        "page + filters": lambda q: get("/sok/", {"q": q, **FILTERS}),
        "suggestions": lambda q: get("/sok/forslag/", {"q": q[:5]}),
        "page, kept": lambda q: get("/sok/", {"q": q}),
    }
    times = {}
    with override_settings(TASKS=task_queue("database")):
        for mode, call in modes.items():
            with override_settings(SEARCH_CACHES_ANSWERS=mode == "page, kept"):
                times[mode] = [
                    ms for query in queries for ms in timed(lambda q=query, c=call: c(q), repeat)
                ]
    DBTaskResult.objects.all().delete()  # no worker runs here: the logs it would have written
    return times


def matches(queries):
    from search.engine import match
    from search.filing import searchable_pages
    from search.query import understand

    return {query: len(match(searchable_pages(), understand(query))) for query in queries}


def start_django(database_url, fresh, media_folder):
    """The benchmarks' common start: their own database (made when missing, or anew with
    `fresh`), Django set up on it as a production worker would run (no SQL log, one kept
    connection), migrated, with the demo content loaded."""
    sys.stdout.reconfigure(line_buffering=True)  # progress shows as it happens, also in logs
    ensure_database(database_url, fresh)
    os.chdir(ROOT)
    os.environ.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="kb.settings.dev",
        DEBUG="0",  # no SQL log kept in memory
        DATABASE_CONN_MAX_AGE="600",  # one connection, as a production worker keeps it
        MEDIA_ROOT=str(Path(tempfile.gettempdir()) / media_folder),
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("the benchmark runs on PostgreSQL only")

    start_django(args.database_url, args.fresh, "kb_bench_media")
    from django.core.management.base import OutputWrapper
    from django.db import connection
    from django.test import Client

    from bench.fill import PageFiller
    from bench.relevance.rank import load_sets, ranks, shown
    from search.filing import searchable_pages
    from search.management.commands.update_index import rebuild_derived

    stdout = OutputWrapper(sys.stdout)
    filler = PageFiller(stdout)
    client = Client(HTTP_HOST="localhost")
    cases = [case for cases in load_sets().values() for case in cases]
    queries = [query for query, _urls, _kind in cases]
    summary = []

    for size in sorted(args.sizes):
        missing = size - searchable_pages().count()
        started = time.perf_counter()
        if missing > 0:
            filler.add(missing)
        if filler.index_unindexed() or missing > 0:
            rebuild_derived(stdout)
            with connection.cursor() as cursor:
                # Bulk inserts leave new GIN entries in the index's pending list, which
                # every search then scans; autovacuum would fold them in soon after.
                cursor.execute("VACUUM ANALYZE")
            stdout.write(f"Fylt til {size} sider på {time.perf_counter() - started:.0f} s.")
        pages = searchable_pages().count()
        found = matches(queries)
        stdout.write(f"\n{pages} søkbare sider; treff per spørring:")
        for query in queries:
            stdout.write(f"  {found[query]:>7}  {query}")
        stdout.write("\nRelevans (plassering av forventet side):")
        for (query, _urls, _kind), rank in zip(cases, ranks(client, cases), strict=True):
            stdout.write(f"  {shown(rank):>3}  {query}")
        for mode, times in measure(client, queries, args.repeat).items():
            summary.append((pages, mode, statistics.median(times), percentile(times, 0.95)))
        report(stdout, summary)


def report(stdout, summary):
    stdout.write(f"\n{'sider':>8}  {'måling':<15} {'median':>9} {'p95':>9}")
    for pages, mode, median, p95 in summary:
        flag = "" if p95 < TARGET_P95_MS else f"  (over {TARGET_P95_MS} ms)"
        stdout.write(f"{pages:>8}  {mode:<15} {median:>7.1f}ms {p95:>7.1f}ms{flag}")


if __name__ == "__main__":
    main()
