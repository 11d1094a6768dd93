"""Listing pages: filters, counts, pagination, and nonsense in the query string."""

import datetime

import pytest
from bs4 import BeautifulSoup

from kb.core.listing import PAGE_SIZE

from . import factories

pytestmark = pytest.mark.django_db


def listing(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def result_count(soup):
    counter = soup.select_one("[data-result-count]")
    assert counter is not None, "the listing must state how many items match"
    return int(counter["data-result-count"])


def shown(soup):
    """The pages in the listing's results, as their URLs, in order."""
    results = soup.find(id="results-heading").find_parent("section")
    return [link["href"] for link in results.select(".card-grid .card__title a")]


def urls(pages):
    return {page.url for page in pages}


def test_methods_listing_counts_all_methods_and_paginates(client):
    methods = [factories.MethodPageFactory(publish=False) for _ in range(PAGE_SIZE + 1)]
    factories.MethodPageFactory(draft=True)

    first = listing(client, "/metoder/")
    assert result_count(first) == len(methods)
    assert len(shown(first)) == PAGE_SIZE
    second = listing(client, "/metoder/?side=2")
    assert result_count(second) == len(methods)
    assert len(shown(second)) == 1
    assert set(shown(first)).isdisjoint(shown(second))
    assert set(shown(first)) | set(shown(second)) == urls(methods)


def test_methods_filter_by_theme_and_phase_combine(client):
    theme, other = factories.ThemeFactory.create_batch(2)
    expected = factories.MethodPageFactory.create_batch(
        2, themes=[theme], phase="evaluering", publish=False
    )
    factories.MethodPageFactory(themes=[theme], phase="ideutvikling", publish=False)
    factories.MethodPageFactory(themes=[other], phase="evaluering", publish=False)
    factories.MethodPageFactory(phase="evaluering", publish=False)

    response = listing(client, f"/metoder/?tema={theme.slug}&fase=evaluering")
    assert result_count(response) == 2
    assert set(shown(response)) == urls(expected)
    assert result_count(listing(client, f"/metoder/?tema={theme.slug}")) == 3
    assert result_count(listing(client, "/metoder/?fase=evaluering")) == 4


def test_case_stories_filter_by_municipality(client):
    first, second = factories.MunicipalityPageFactory.create_batch(2)
    expected = factories.CaseStoryPageFactory.create_batch(2, parent=first, publish=False)
    factories.CaseStoryPageFactory(parent=second, publish=False)

    response = listing(client, f"/erfaringer/?kommune={first.number}")
    assert result_count(response) == 2
    assert set(shown(response)) == urls(expected)
    assert result_count(listing(client, "/erfaringer/")) == 3


def test_case_stories_filter_by_year_includes_stories_running_that_year(client):
    municipality = factories.MunicipalityPageFactory()

    def story(start, end):
        return factories.CaseStoryPageFactory(
            parent=municipality,
            period_start=datetime.date(start, 9, 1),
            period_end=end and datetime.date(end, 6, 1),
            publish=False,
        )

    spanning = story(2022, 2024)
    ongoing = story(2023, None)
    starting = story(2024, 2024)
    story(2021, 2022)
    story(2025, 2025)

    response = listing(client, "/erfaringer/?ar=2024")
    assert result_count(response) == 3
    assert set(shown(response)) == urls([spanning, ongoing, starting])
    years = [option["value"] for option in response.select("#filter-ar option")]
    assert years[1:] == [str(year) for year in range(datetime.date.today().year, 2020, -1)]


def test_case_stories_filter_by_theme(client):
    theme, other = factories.ThemeFactory.create_batch(2)
    municipality = factories.MunicipalityPageFactory()
    expected = factories.CaseStoryPageFactory(parent=municipality, themes=[theme, other])
    factories.CaseStoryPageFactory(parent=municipality, themes=[other])
    factories.CaseStoryPageFactory(parent=municipality)

    response = listing(client, f"/erfaringer/?tema={theme.slug}")
    assert result_count(response) == 1
    assert shown(response) == [expected.url]


def test_conferences_filter_by_year(client):
    series = factories.EventSeriesPageFactory()
    expected = [
        factories.EventPageFactory(start_date=datetime.date(2025, 3, 4), publish=False),
        factories.EventPageFactory(
            parent=series, start_date=datetime.date(2025, 11, 5), publish=False
        ),
    ]
    factories.EventPageFactory(start_date=datetime.date(2026, 1, 14), publish=False)

    response = listing(client, "/konferanser/?ar=2025")
    assert result_count(response) == 2
    assert set(shown(response)) == urls(expected)
    assert result_count(listing(client, "/konferanser/")) == 3


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
    assert BeautifulSoup(response.content, "html.parser").find("script", string="alert(1)") is None


ONE_ITEM = {
    "/metoder/": lambda: factories.MethodPageFactory(publish=False),
    "/erfaringer/": lambda: factories.CaseStoryPageFactory(publish=False),
    "/konferanser/": lambda: factories.EventPageFactory(publish=False),
}


@pytest.mark.parametrize(
    "url, query, label",
    [
        ("/metoder/", "?fase=ukjent", "Fase-verdien «ukjent»"),
        ("/erfaringer/", "?kommune=9999", "Kommune-verdien «9999»"),
        ("/konferanser/", "?tema=%3Cb%3Efet%3C%2Fb%3E", "Tema-verdien «<b>fet</b>»"),
    ],
)
def test_an_unrecognised_filter_value_is_named_and_ignored(client, url, query, label):
    item = ONE_ITEM[url]()
    response = listing(client, url + query)
    notice = response.select_one(".notice--warning")
    assert notice is not None
    assert label in notice.get_text()
    assert "ikke gjenkjent" in notice.get_text()
    assert notice.find("b") is None  # named as text, never as markup
    assert result_count(response) == 1
    assert shown(response) == [item.url]


@pytest.mark.parametrize("url", ["/metoder/", "/erfaringer/", "/konferanser/"])
@pytest.mark.parametrize("page_number", ["999", "0", "-1", "abc", "1.5", "%00"])
def test_missing_page_numbers_are_404(client, url, page_number):
    assert client.get(f"{url}?side={page_number}").status_code == 404


def test_a_filter_with_no_match_says_so(client):
    theme = factories.ThemeFactory()
    factories.MethodPageFactory(themes=[theme], phase="ideutvikling", publish=False)
    factories.MethodPageFactory(phase="evaluering", publish=False)

    response = listing(client, f"/metoder/?tema={theme.slug}&fase=evaluering")
    assert result_count(response) == 0
    assert shown(response) == []
    assert "Ingen metoder passer" in response.select_one(".empty").get_text()
