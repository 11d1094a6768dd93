"""What the search tests share: a small corpus of published pages with the words they search
for, built once per test module and rolled back after it, and readers for the search page.

The corpus (build_corpus) has six methods, three case stories in two municipalities (one
still running) and two events, one with a members-only document in its programme. Its words
are chosen for the tests: "kulturskolen", "samskaping", "medvirkning" and "samarbeid" in
many pages; "SoImpact" in a method's title, in an event's and a story's summaries and in
another method's steps; compounds such as "interessentkartlegging" whose parts
("interessent") occur in no page; "kulturskolelærer", "barnehagen", "musikk" and
"verksteder" for the compound splitting on PostgreSQL."""

import datetime
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from wagtail.models import Page

from . import factories
from .factories import material, paragraph, session, step

METHODS = {
    # name: (title, summary, phase, themes, steps or None for the factory's)
    "verdenskafe": (
        "Verdenskafé",
        "Samtaler i små grupper ved kafébord, der elever, foresatte og kulturskolen finner "
        "løsninger sammen.",
        "ideutvikling",
        ["medvirkning", "samskaping"],
        None,
    ),
    "interessentkartlegging": (
        "Interessentkartlegging",
        "Kartlegge hvem som berøres av kulturskolen, og hvem som kan bidra i samarbeidet.",
        "problemforstaelse",
        ["samskaping"],
        None,
    ),
    "medvirkningsbudsjett": (
        "Medvirkningsbudsjett",
        "Ungdom stemmer over hvordan penger til kulturskolen brukes.",
        "gjennomforing",
        ["medvirkning"],
        None,
    ),
    "soimpact": (
        "SoImpact – måling av sosial verdi",
        "SoImpact måler den sosiale verdien av et samarbeid i kulturskolen.",
        "evaluering",
        [],
        None,
    ),
    "endringsteori": (
        "Endringsteori",
        "En endringsteori viser hvordan tiltakene i en kulturskole fører fram til målene.",
        "forankring",
        [],
        None,
    ),
    "ks_modell": (
        "KS-modellen for samskapende sosial innovasjon",
        "Fem faser og metoder for samskaping mellom kommunen, kulturskolen og innbyggerne.",
        "hele-prosessen",
        ["samskaping"],
        [
            step("Finn utfordringen sammen", "Inviter elever og foresatte til kulturskolen."),
            step("Mål resultatene", "Mål verdien av samarbeidet med SoImpact."),
        ],
    ),
}

# The years of the stories: one over two school years, one still running.
ONGOING_SINCE = 2024


class Corpus:
    """The corpus's pages by name: `page(name)` reads the page afresh (a test may have
    changed it), `url(name)` is its URL."""

    def __init__(self, pages, themes):
        self.ids = {name: page.pk for name, page in pages.items()}
        self.urls = {name: page.url for name, page in pages.items()}
        self.themes = themes

    def page(self, name):
        return Page.objects.get(pk=self.ids[name]).specific

    def url(self, name):
        return self.urls[name]


def build_corpus():
    themes = {
        slug: factories.ThemeFactory(name=name, slug=slug)
        for slug, name in [("medvirkning", "Medvirkning"), ("samskaping", "Samskaping")]
    }
    pages = {}
    for name, (title, summary, phase, theme_slugs, steps) in METHODS.items():
        extra = {"steps": steps} if steps else {}
        pages[name] = factories.MethodPageFactory(
            title=title,
            summary=summary,
            phase=phase,
            themes=[themes[slug] for slug in theme_slugs],
            **extra,
        )

    # The municipalities need not be published (no editor group, no collection): their
    # stories are filed under their numbers all the same. Neither is among the
    # municipalities MunicipalityPageFactory walks through, so a test may add those.
    hadsel = factories.MunicipalityPageFactory(number="1866", title="Hadsel", publish=False)
    rost = factories.MunicipalityPageFactory(number="1856", title="Røst", publish=False)
    pages["generasjonskoret"] = factories.CaseStoryPageFactory(
        parent=rost,
        title="Generasjonskoret på Røst",
        summary="Unge og eldre synger sammen; kulturskolen målte verdien med SoImpact.",
        period_start=datetime.date(2022, 8, 15),
        period_end=datetime.date(2023, 6, 20),
        themes=[themes["medvirkning"]],
        body=[paragraph("<p>Musikk og samarbeid i samskaping med sykehjemmet.</p>")],
    )
    pages["verksteder"] = factories.CaseStoryPageFactory(
        parent=hadsel,
        title="Åpne verksteder på biblioteket",
        summary="Kreative verksteder for ungdom i samarbeid med biblioteket og kulturskolen.",
        period_start=datetime.date(ONGOING_SINCE, 8, 19),
        period_end=None,
        themes=[themes["samskaping"]],
    )
    pages["barnehagene"] = factories.CaseStoryPageFactory(
        parent=hadsel,
        title="Kulturskolen som ressurs for barnehagene",
        summary="Kulturskolelærer og barnehagen i samarbeid om musikk for de minste.",
        period_start=datetime.date(2023, 1, 9),
        period_end=datetime.date(2024, 12, 20),
        themes=[themes["samskaping"], themes["medvirkning"]],
    )

    template = factories.DocumentFactory(members_only=True, title="Regnearkmal for SoImpact")
    pages["sosial_verdi"] = factories.EventPageFactory(
        title="Nettmøte om sosial verdi",
        summary="Hvordan kulturskolen kan dokumentere sosial verdi med SoImpact.",
        start_date=datetime.date(2025, 10, 22),
        is_digital=True,
        location="Teams",
        programme=[
            session(
                "Sosial verdi i praksis",
                materials=[
                    material("Regnearkmal for SoImpact", document=template),
                    material("Veileder for sosial verdi", url="https://example.no/veileder"),
                ],
            )
        ],
    )
    slides = factories.DocumentFactory(title="Lysark fra lederkonferansen")
    pages["lederkonferansen"] = factories.EventPageFactory(
        title="Lederkonferansen 2024",
        summary="To dager om samskaping og samarbeid for ledere i kulturskolen.",
        description=factories.rich("<p>Hver kulturskole i Nordland er invitert.</p>"),
        start_date=datetime.date(2024, 10, 23),
        programme=[
            session(
                "Medvirkning i praksis",
                materials=[material("Lysark fra lederkonferansen", document=slides)],
            )
        ],
    )
    return Corpus(pages, themes)


def corpus_fixture():
    """A module-scoped `corpus` fixture: the corpus, built before the module's first test
    and rolled back after its last (each test is rolled back to it)."""

    @pytest.fixture(scope="module")
    def corpus(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            yield build_corpus()
            transaction.set_rollback(True)

    return corpus


# Reading the search page


def search(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200, params
    return response


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_count(response):
    counter = soup(response).select_one("[data-result-count]")
    assert counter is not None, "the page must state how many results there are"
    return int(counter["data-result-count"])


def result_urls(response):
    return [link["href"] for link in soup(response).select(".search-result__title a")]


def link_params(href):
    """The query of a link as {param: value}."""
    return dict(parse_qsl(urlsplit(href).query))


def facet_options(response):
    """[(param, {params of the option's link}, label, count)] for every facet option."""
    options = []
    for section in soup(response).select("section.facet"):
        param = section["aria-labelledby"].removeprefix("facet-")
        for link in section.select("a.facet__option"):
            count = link.select_one(".facet__count")
            label = "".join(link.find_all(string=True, recursive=False)).strip()
            number = int(count.find(string=True, recursive=False))
            options.append((param, link_params(link["href"]), label, number))
    return options


def all_result_urls(client, query):
    """The URLs of every page of results, in order."""
    response = search(client, q=query)
    urls, page = result_urls(response), 1
    while len(urls) < result_count(response):
        page += 1
        urls += result_urls(search(client, q=query, side=page))
    return urls
