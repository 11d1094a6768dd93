"""Where the page a culture school leader is looking for ends up in the search results.

    .venv/bin/python bench/relevance/rank.py [--database-url URL] [--load-demo] [--root DIR]

Two sets, both readable data files beside this one: needs.yaml (everyday needs in a
leader's own words, each with the pages that answer it) and queries.yaml (the team's own
table: title words, inflections, typos, compounds). Each query goes through /sok/ as a
visitor's would; the command prints the rank of the best expected page for each as a
Markdown table, then the share found first and in the top three. --root runs another
checkout of the project (for a before/after comparison, with this checkout's data files);
--load-demo migrates the database, sets up the site and loads the demo content first. The
database must be PostgreSQL: SQLite search does not stem."""

import argparse
import os
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MAX_PAGES = 5  # ranks beyond 5 pages of results count as "not found"


def load_sets():
    """{title: [(query, [expected urls], what it tests)]}."""
    needs = yaml.safe_load((HERE / "needs.yaml").read_text(encoding="utf-8"))
    queries = yaml.safe_load((HERE / "queries.yaml").read_text(encoding="utf-8"))
    return {
        "Needs in a leader's words": [(item["need"], item["pages"], "need") for item in needs],
        "The team's 30 queries": [
            (item["query"], [item["page"]], item["tests"]) for item in queries
        ],
    }


def result_urls(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    return [link["href"] for link in soup.select(".search-result__title a[href]")]


def rank(client, query, urls):
    """1-based position of the first of `urls` in the results for `query`, or None."""
    position = 0
    for page in range(1, MAX_PAGES + 1):
        response = client.get("/sok/", {"q": query, "side": page})
        if response.status_code != 200:
            return None
        found = result_urls(response.content.decode())
        hits = [found.index(url) for url in urls if url in found]
        if hits:
            return position + min(hits) + 1
        if not found:
            return None
        position += len(found)
    return None


def ranks(client, cases):
    return [rank(client, query, urls) for query, urls, _kind in cases]


def shown(value):
    return "–" if value is None else str(value)


def share(found, limit):
    return sum(1 for value in found if value is not None and value <= limit) / len(found)


def print_table(title, cases, found):
    print(f"\n### {title}\n")
    print("| # | Query | Expected page(s) | Tests | Rank |")
    print("|---|---|---|---|---|")
    for number, ((query, urls, kind), value) in enumerate(zip(cases, found, strict=True), 1):
        print(f"| {number} | {query} | {' '.join(urls)} | {kind} | {shown(value)} |")
    print(
        f"\nFirst: {share(found, 1):.0%}  Top 3: {share(found, 3):.0%}  "
        f"Found (5 pages): {share(found, 10**6):.0%}  of {len(found)}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--root", type=Path, default=ROOT, help="project checkout to run")
    parser.add_argument("--load-demo", action="store_true")
    args = parser.parse_args()
    if not (args.database_url or "").startswith(("postgres://", "postgresql://")):
        parser.error("needs a PostgreSQL --database-url (or DATABASE_URL)")

    sets = load_sets()
    sys.path.insert(0, str(args.root))
    os.chdir(args.root)
    os.environ.update(DATABASE_URL=args.database_url, DJANGO_SETTINGS_MODULE="kb.settings.dev")
    os.environ.update(DEBUG="0", MEDIA_ROOT=str(Path(tempfile.gettempdir()) / "kb_relevance_media"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    if args.load_demo:
        quiet = open(os.devnull, "w")  # noqa: SIM115
        call_command("migrate", verbosity=0)
        call_command("setup_site", stdout=quiet)
        call_command("load_demo_content", force=True, stdout=quiet)

    client = Client(HTTP_HOST="localhost")
    for title, cases in sets.items():
        print_table(title, cases, ranks(client, cases))


if __name__ == "__main__":
    main()
