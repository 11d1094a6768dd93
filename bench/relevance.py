"""Where the page a culture school leader is looking for ends up in the search results.

    .venv/bin/python bench/relevance.py [--database-url URL] [--load-demo] [--root DIR]

Runs each query through /sok/ (as a visitor would) and prints the rank of the expected page,
as a Markdown table. --root runs another checkout of the project (for a before/after
comparison); --load-demo migrates the database and loads the demo content first. The
database must be PostgreSQL: SQLite search does not stem."""

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_PAGES = 5  # ranks beyond 5 pages of results count as "not found"

# (query as a leader might type it, the page that answers it, what the query exercises)
CASES = [
    ("hvordan måle sosial verdi", "/metoder/soimpact-maling-av-sosial-verdi/", "stop words"),
    ("egenvurdering av samarbeidet", "/metoder/samson-egenvurdering/", "inflection"),
    ("interessentkartlegging", "/metoder/interessentkartlegging/", "method title"),
    ("interesentkartlegging", "/metoder/interessentkartlegging/", "typo"),
    ("kartlegge interessentene", "/metoder/interessentkartlegging/", "inflection"),
    ("verdenskafe", "/metoder/verdenskafe/", "missing accent"),
    ("endringsteorien", "/metoder/endringsteori/", "inflection of a title"),
    ("læringssløyfer", "/metoder/laeringssloyfe/", "plural of a title"),
    ("medvirkningsbudjsett", "/metoder/medvirkningsbudsjett/", "typo"),
    ("innbyggerpannel", "/metoder/innbyggerpanel/", "typo"),
    ("aktørkart", "/metoder/aktor-og-relasjonskart/", "compound"),
    ("samskapingsmetoder", "/metoder/ks-modell-for-samskapende-sosial-innovasjon/", "compound"),
    ("teste en prototyp med målgruppen", "/metoder/testplan-for-prototyp/", "phrase"),
    ("hvordan kan vi spørsmål", "/metoder/hvordan-kan-vi/", "stop words"),
    ("ungdom stemmer over hvordan penger brukes", "/metoder/medvirkningsbudsjett/", "phrase"),
    (
        "ungdomsrådet kulturpott",
        "/erfaringer/rana/ungdommens-kulturpott-rana/",
        "inflection",
    ),
    (
        "kreative verksteder på biblioteket",
        "/erfaringer/bodo/apne-verksteder-pa-biblioteket-bodo/",
        "phrase",
    ),
    ("bibliotekverksted", "/erfaringer/bodo/apne-verksteder-pa-biblioteket-bodo/", "compound"),
    ("kor med unge og eldre", "/erfaringer/fauske/generasjonskoret-fauske/", "phrase"),
    (
        "digital instrumentundervisning i øysamfunn",
        "/erfaringer/rost/samspill-over-havet-rost/",
        "phrase",
    ),
    (
        "kulturskolen i barnehagen",
        "/erfaringer/sortland/kulturskolen-som-ressurs-for-barnehagene-sortland/",
        "inflection",
    ),
    (
        "barnehagesamarbeid",
        "/erfaringer/sortland/kulturskolen-som-ressurs-for-barnehagene-sortland/",
        "compound",
    ),
    ("kulturskoletime i SFO", "/erfaringer/vefsn/kulturskoletimen-i-sfo-vefsn/", "inflection"),
    (
        "kommuneplanens samfunnsdel",
        "/erfaringer/hadsel/kulturskolen-i-kommuneplanen-hadsel/",
        "inflection",
    ),
    ("lokalhistorie på scenen", "/erfaringer/vestvagoy/fiskevaeret-forteller-vestvagoy/", "phrase"),
    ("nyankomne familier musikk", "/erfaringer/narvik/musikk-og-sprak-narvik/", "phrase"),
    ("lysark fra lederkonferansen", "/konferanser/lederkonferansen-2025/", "material"),
    (
        "regnearkmal soimpact",
        "/konferanser/digital-formiddagskaffe/formiddagskaffe-2025-10-sosial-verdi/",
        "material",
    ),
    (
        "bilder av elever samtykke",
        "/konferanser/digital-formiddagskaffe/formiddagskaffe-2026-03-samtykke/",
        "phrase",
    ),
    (
        "samarbeid over kommunegrensene",
        "/konferanser/digital-formiddagskaffe/formiddagskaffe-2026-12-sma-kommuner/",
        "inflection",
    ),
]

RESULT_URL = re.compile(r'class="search-result__title"><a href="([^"]+)"')


def rank(client, query, url):
    """1-based position of `url` in the results for `query`, or None."""
    position = 0
    for page in range(1, MAX_PAGES + 1):
        response = client.get("/sok/", {"q": query, "side": page})
        if response.status_code != 200:
            return None
        urls = RESULT_URL.findall(response.content.decode())
        if url in urls:
            return position + urls.index(url) + 1
        if not urls:
            return None
        position += len(urls)
    return None


def ranks(client, cases=CASES):
    return [rank(client, query, url) for query, url, _kind in cases]


def shown(value):
    return "–" if value is None else str(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--root", type=Path, default=ROOT, help="project checkout to run")
    parser.add_argument("--load-demo", action="store_true")
    args = parser.parse_args()
    if not (args.database_url or "").startswith(("postgres://", "postgresql://")):
        parser.error("needs a PostgreSQL --database-url (or DATABASE_URL)")

    sys.path.insert(0, str(args.root))
    os.chdir(args.root)
    os.environ.update(DATABASE_URL=args.database_url, DJANGO_SETTINGS_MODULE="kb.settings.dev")
    os.environ.update(DEBUG="0", MEDIA_ROOT=str(Path(tempfile.gettempdir()) / "kb_relevance_media"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    if args.load_demo:
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115

    client = Client(HTTP_HOST="localhost")
    print("| # | Query | Expected page | Tests | Rank |")
    print("|---|---|---|---|---|")
    for number, ((query, url, kind), found) in enumerate(
        zip(CASES, ranks(client), strict=True), start=1
    ):
        print(f"| {number} | {query} | {url} | {kind} | {shown(found)} |")


if __name__ == "__main__":
    main()
