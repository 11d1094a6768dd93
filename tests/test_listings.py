"""Listing pages: filters, counts, pagination, and nonsense in the query string."""

import re

import pytest

from kb.cases.models import CaseStoryPage, MunicipalityPage
from kb.conferences.models import EventPage
from kb.core.listing import PAGE_SIZE
from kb.demo.reader import read_content
from kb.methods.models import MethodPage, Phase

pytestmark = pytest.mark.django_db

# What the demo content files say, to compare the listings with.
DEMO = read_content()
METHODS = [
    {"slug": page.slug, "phase": page.values["phase"], "themes": page.references["themes"]}
    for page in DEMO.of_type(MethodPage)
]
NUMBERS = {page.url: page.values["number"] for page in DEMO.of_type(MunicipalityPage)}
CASE_STORIES = [
    {
        "slug": page.slug,
        "municipality": NUMBERS[page.url[:-1]],
        "period_start": page.values["period_start"],
        "period_end": page.values.get("period_end"),
        "themes": page.references["themes"],
    }
    for page in DEMO.of_type(CaseStoryPage)
]
EVENTS = [page.values for page in DEMO.of_type(EventPage)]


def result_count(response):
    match = re.search(r'data-result-count="(\d+)"', response.text)
    assert match, "the listing must state how many items match"
    return int(match.group(1))


def linked_slugs(response, prefix):
    return set(re.findall(rf'href="{prefix}([a-z0-9-]+)/"', response.text))


def test_methods_listing_counts_all_methods_and_paginates(client):
    first = client.get("/metoder/")
    assert first.status_code == 200
    assert result_count(first) == len(METHODS)
    shown_first = linked_slugs(first, "/metoder/")
    assert len(shown_first) == min(PAGE_SIZE, len(METHODS))

    second = client.get("/metoder/?side=2")
    assert second.status_code == 200
    shown_second = linked_slugs(second, "/metoder/")
    assert shown_first.isdisjoint(shown_second)
    assert shown_first | shown_second == {m["slug"] for m in METHODS}


def test_methods_filter_by_theme_and_phase_combine(client):
    theme, phase = "samskaping", "evaluering"
    expected = {m["slug"] for m in METHODS if theme in m["themes"] and m["phase"] == phase}
    response = client.get(f"/metoder/?tema={theme}&fase={phase}")
    assert response.status_code == 200
    assert result_count(response) == len(expected)
    assert linked_slugs(response, "/metoder/") == expected


def test_case_stories_filter_by_municipality(client):
    number = CASE_STORIES[0]["municipality"]
    expected = {s["slug"] for s in CASE_STORIES if s["municipality"] == number}
    response = client.get(f"/erfaringer/?kommune={number}")
    assert response.status_code == 200
    assert result_count(response) == len(expected)
    found = set(re.findall(r'href="/erfaringer/[a-z0-9-]+/([a-z0-9-]+)/"', response.text))
    assert found == expected


def story_running_in(story, year):
    start = story["period_start"].year
    end = story["period_end"].year if story["period_end"] else 9999
    return start <= year <= end


def test_case_stories_filter_by_year_includes_stories_running_that_year(client):
    year = CASE_STORIES[0]["period_start"].year
    expected = {s["slug"] for s in CASE_STORIES if story_running_in(s, year)}
    response = client.get(f"/erfaringer/?ar={year}")
    assert result_count(response) == len(expected)


def test_case_stories_filter_by_theme(client):
    expected = {s["slug"] for s in CASE_STORIES if "medvirkning" in s["themes"]}
    response = client.get("/erfaringer/?tema=medvirkning")
    assert result_count(response) == len(expected)


def test_conferences_filter_by_year(client):
    expected = [e for e in EVENTS if e["start_date"].year == 2025]
    response = client.get("/konferanser/?ar=2025")
    assert response.status_code == 200
    assert result_count(response) == len(expected)


@pytest.mark.parametrize("url", ["/metoder/", "/erfaringer/", "/konferanser/"])
@pytest.mark.parametrize(
    "query",
    [
        "?tema=finnes-ikke",
        "?fase=%27%3B+DROP+TABLE+x%3B--",
        "?kommune=abcd&ar=-1",
        "?ar=99999999999999999999",
        "?tema=<script>alert(1)</script>",
        "?tema=" + "x" * 5000,
        "?tema=a&tema=b",
    ],
)
def test_nonsense_filters_give_a_page_not_an_error(client, url, query):
    response = client.get(url + query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


@pytest.mark.parametrize(
    "url, query",
    [
        ("/metoder/", "?fase=ukjent"),
        ("/erfaringer/", "?kommune=9999"),
        ("/konferanser/", "?tema=%3Cb%3Efet%3C%2Fb%3E"),
    ],
)
def test_an_unrecognised_filter_value_is_named_and_ignored(client, url, query):
    unfiltered = result_count(client.get(url))
    response = client.get(url + query)
    assert "ikke gjenkjent" in response.text
    assert "<b>fet</b>" not in response.text
    assert result_count(response) == unfiltered


@pytest.mark.parametrize("url", ["/metoder/", "/erfaringer/", "/konferanser/"])
@pytest.mark.parametrize("page_number", ["999", "0", "-1", "abc", "1.5", "%00"])
def test_missing_page_numbers_are_404(client, url, page_number):
    assert client.get(f"{url}?side={page_number}").status_code == 404


def test_a_filter_with_no_match_says_so(client):
    theme, phase = next(
        (theme, phase)
        for theme in ("digitale-moteplasser", "inkludering-og-mangfold", "medvirkning")
        for phase in Phase.values
        if not any(theme in m["themes"] and m["phase"] == phase for m in METHODS)
    )
    response = client.get(f"/metoder/?tema={theme}&fase={phase}")
    assert response.status_code == 200
    assert result_count(response) == 0
    assert "Ingen metoder passer" in response.text
