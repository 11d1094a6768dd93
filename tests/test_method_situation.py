"""Choosing a method by situation: the listing's filters for group size, time, target
group and digital, the facts shown, and the search page's facets for them."""

import importlib

import pytest
from bs4 import BeautifulSoup

from kb.core.searchable import DIGITAL, PARTICIPANTS, TARGET_GROUP, TIME_AVAILABLE
from kb.methods.situation import format_duration, format_participants, group_size_words

from . import factories
from .helpers import built_once_for_the_module

pytestmark = pytest.mark.django_db


def listed(client, query):
    response = client.get("/metoder/" + query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, {text.get_text(strip=True) for text in soup.select(".card__title a")}


def make_methods():
    make = factories.MethodPageFactory
    return {
        "kafé": make(
            title="Kafé",
            participants_min=5,
            participants_max=40,
            duration_min=60,
            duration_max=90,
            for_adults=True,
            for_partners=False,
            digital="delvis",
        ),
        "intervju": make(
            title="Intervju",
            participants_min=2,
            participants_max=4,
            duration_min=30,
            duration_max=60,
            for_youth=True,
            digital="ja",
        ),
        "open space": make(
            title="Open space",
            participants_min=15,
            participants_max=None,
            duration_min=180,
            duration_max=720,
            for_adults=True,
            digital="nei",
        ),
        "seminar": make(
            title="Seminar",
            participants_min=3,
            participants_max=12,
            duration_min=1,
            duration_max=2,
            duration_unit="dager",
            for_children=True,
            digital="nei",
        ),
    }


methods_made_once, methods = built_once_for_the_module("methods", make_methods)


def test_six_people_with_ninety_minutes_find_the_methods_that_fit(client, methods):
    soup, titles = listed(client, "?deltakere=6&tid=90")
    assert titles == {"Kafé"}
    assert int(soup.select_one("[data-result-count]")["data-result-count"]) == 1
    field = soup.find("input", id="filter-deltakere")
    assert (field["type"], field["value"]) == ("number", "6")
    assert soup.find("label", attrs={"for": "filter-deltakere"}) is not None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?deltakere=3", {"Intervju", "Seminar"}),
        ("?deltakere=500", {"Open space"}),  # no upper limit
        ("?tid=60", {"Kafé", "Intervju"}),
        ("?tid=dag", {"Kafé", "Intervju", "Open space", "Seminar"}),  # a day: 360 minutes
        ("?tid=180", {"Kafé", "Intervju", "Open space"}),
        ("?malgruppe=barn", {"Seminar"}),
        ("?malgruppe=voksne&digitalt=nei", {"Open space"}),
        ("?digitalt=delvis", {"Kafé"}),
        ("?deltakere=20&malgruppe=voksne&tid=120", {"Kafé"}),
    ],
)
def test_each_filter_returns_the_methods_that_fit(client, methods, query, expected):
    assert listed(client, query)[1] == expected


@pytest.mark.parametrize("value", ["seks", "-1", "0", "1e9", "6.5", "٣", "9" * 40])
def test_a_group_size_that_is_not_a_whole_number_is_ignored_and_named(client, methods, value):
    soup, titles = listed(client, f"?deltakere={value}")
    assert titles == {"Kafé", "Intervju", "Open space", "Seminar"}
    assert "ble ikke gjenkjent" in soup.select_one(".notice--warning").get_text()


def test_the_facts_are_shown_in_words():
    assert format_participants(5, 40) == "5–40 deltakere"
    assert format_participants(15, None) == "Fra 15 deltakere"
    assert format_duration(45, 90, "minutter") == "45–90 minutter"
    assert format_duration(90, 120, "minutter") == "1,5–2 timer"
    assert format_duration(60, None, "minutter") == "1 time"
    assert format_duration(45, 180, "minutter") == "45 minutter – 3 timer"
    assert format_duration(1, 2, "dager") == "1–2 dager"


@pytest.mark.parametrize(
    ("fewest", "most", "words"),
    [
        (2, 4, "små grupper"),
        (12, 30, ""),
        (12, 100, "store grupper"),
        (4, None, "små grupper store grupper"),
        (None, None, ""),
    ],
)
def test_the_group_size_is_also_in_the_words_people_search_with(fewest, most, words):
    assert group_size_words(fewest, most) == words


def test_a_method_is_filed_under_the_situations_it_fits(methods):
    facets = set(methods["kafé"].search_facets())
    assert {(DIGITAL, "delvis"), (TARGET_GROUP, "voksne")} <= facets
    assert (TARGET_GROUP, "partnere") not in facets
    # 60 minutes at least: every time budget from an hour up, none below.
    times = {value for facet, value in facets if facet == TIME_AVAILABLE}
    assert times == {"60", "90", "120", "180", "halv-dag", "dag", "flere-dager"}
    # 5–40 people overlap the groups 1–5, 6–12, 13–30 and 31–100.
    sizes = {value for facet, value in facets if facet == PARTICIPANTS}
    assert sizes == {"1-5", "6-12", "13-30", "31-100"}


def test_the_search_page_offers_the_situation_facets(client, methods):
    from search.facets import FacetMenu

    menu = FacetMenu()
    selection = menu.read({"tid": "90", "deltakere": "6-12", "malgruppe": "unge", "digitalt": "x"})
    assert selection.chosen == {"tid": "90", "deltakere": "6-12", "malgruppe": "unge"}
    assert selection.unrecognised == [("Digitalt", "x")]
    assert selection.shown["tid"] == ("Tid dere har", "1,5 timer")


def test_the_migration_reads_the_old_free_text():
    migration = importlib.import_module("kb.methods.migrations.0004_situation_facts_and_licence")
    assert migration.read_duration("1,5–2 timer") == (90, 120, "minutter")
    assert migration.read_duration("45–90 minutter") == (45, 90, "minutter")
    assert migration.read_duration("Fra 3 timer til 2 dager") == (180, 720, "minutter")
    assert migration.read_duration("2–6 måneder") == (None, None, "minutter")
    assert migration.read_group("5–8 deltakere per gruppe") == (5, 8)
