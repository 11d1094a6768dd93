"""The search page on any database: facets and their counts, promotions, the query log and
its reports, snippets, suggestions, an index that follows publishing, and bad input."""

import html
import re
from urllib.parse import parse_qsl

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.admin.menu import reports_menu
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from kb.cases.models import CaseStoryPage
from kb.conferences.models import EventPage
from kb.core.listing import PAGE_SIZE
from kb.methods.models import MethodIndexPage, MethodPage
from kb.themes.models import Theme
from search.models import PageFacet, QueryResultCount

from .helpers import ADVISER, EDITOR_A, log_in

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200, params
    return response


def result_count(response):
    match = re.search(r'data-result-count="(\d+)"', response.text)
    assert match, "the page must state how many results there are"
    return int(match.group(1))


def result_urls(response):
    return re.findall(r'class="search-result__title"><a href="([^"]+)"', response.text)


def facet_options(response):
    """[(param, {params of the option's link}, label, count)] for every facet option."""
    options = []
    for param, block in re.findall(
        r'<section class="facet" aria-labelledby="facet-([a-z]+)">(.*?)</section>',
        response.text,
        re.S,
    ):
        for query, label, count in re.findall(
            r'<a href="\?([^"]*)"[^>]*>\s*(.*?) <span class="facet__count">(\d+)',
            block,
            re.S,
        ):
            options.append((param, dict(parse_qsl(html.unescape(query))), label, int(count)))
    return options


def method(slug="a-new-method", title="Ny metode", **fields):
    index = MethodIndexPage.objects.get()
    page = MethodPage(
        slug=slug,
        title=title,
        summary=fields.pop("summary", "En kort oppsummering."),
        purpose="<p>Formål.</p>",
        phase=fields.pop("phase", "ideutvikling"),
        time_needed="1 time",
        group_size="4–10",
        steps=[("step", {"title": "Steg", "description": "<p>Gjør det.</p>"})],
        source_title="Samskapingsbanken",
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


# Facets


@pytest.mark.parametrize("query", ["samskaping", "kulturskole", "medvirkning"])
def test_each_facet_option_shows_how_many_results_it_leaves(client, query):
    response = search(client, q=query)
    options = facet_options(response)
    assert {param for param, *_ in options} >= {"innhold", "tema", "ar"}
    for _param, params, label, count in options:
        assert result_count(search(client, **params)) == count, (label, params)


def test_facets_combine_and_count_within_the_other_choices(client):
    first = search(client, q="samskaping", innhold="metode")
    methods_only = result_count(first)
    assert 0 < methods_only < result_count(search(client, q="samskaping"))
    theme_options = [o for o in facet_options(first) if o[0] == "tema"]
    assert theme_options
    for _param, params, label, count in theme_options:
        assert params["innhold"] == "metode"
        combined = search(client, **params)
        assert result_count(combined) == count <= methods_only, label
        urls = result_urls(combined)
        assert urls and all(url.startswith("/metoder/") for url in urls)


def test_content_type_counts_add_up_to_the_total(client):
    response = search(client, q="kulturskole")
    kinds = [
        count for param, _params, _label, count in facet_options(response) if param == "innhold"
    ]
    assert sum(kinds) == result_count(response)


def test_a_combination_that_matches_nothing_says_so(client):
    unfiltered = result_count(search(client, q="samskaping"))
    # Only methods have a phase, so a phase and "case stories" leave nothing.
    response = search(client, q="samskaping", innhold="erfaring", fase="evaluering")
    assert result_count(response) == 0
    assert "Ingen treff med disse filtrene" in response.text
    assert f"Uten filtre gir søket {unfiltered} treff" in response.text
    assert 'href="?q=samskaping">Vis alle treff' in response.text
    # Each chosen filter can be removed on its own.
    assert response.text.count("Fjern<span") == 2


def test_a_story_counts_for_every_year_it_ran_and_an_ongoing_one_up_to_now(client):
    this_year = timezone.localdate().year
    stories = CaseStoryPage.objects.live()
    assert stories.filter(period_end=None).exists(), "the demo has a story still running"
    for story in stories:
        last = story.period_end.year if story.period_end else this_year
        for year, expected in [
            (story.period_start.year - 1, False),
            (story.period_start.year, True),
            (last, True),
            (last + 1, False),
        ]:
            urls = result_urls(search(client, q=story.title, ar=year, innhold="erfaring"))
            assert (story.url in urls) == expected, (story.title, year)


@pytest.mark.parametrize(
    "params",
    [
        {"tema": "finnes-ikke"},
        {"fase": "ukjent"},
        {"innhold": "<b>fet</b>"},
        {"kommune": "9999"},
        {"ar": "abcd"},
        {"ar": "99999999999999999999"},
        {"tema": "x" * 5000},
    ],
)
def test_an_unknown_filter_value_is_named_and_ignored(client, params):
    unfiltered = result_count(search(client, q="samskaping"))
    response = search(client, q="samskaping", **params)
    assert "ikke gjenkjent" in response.text
    assert "<b>fet</b>" not in response.text
    assert result_count(response) == unfiltered


# Bad input


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!! ??? ...",
        "«»–—…",
        "x" * 10_000,
        "samskaping " * 1000,
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "samskaping & | ! ( ) : * <-> \\",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "%00%ff",
        "\x00\x01samskaping\x7f",
        "NEAR(samskaping kulturskole)",
        "title:samskaping",
    ],
)
def test_bad_input_gives_a_page_and_is_never_echoed_unescaped(client, query):
    response = search(client, q=query)
    assert "<script>alert(1)</script>" not in response.text
    assert "<img src=x" not in response.text
    assert "\x00" not in response.text
    if "<script>" in query:
        assert "&lt;script&gt;" in response.text
    assert Page.objects.filter(depth=1).exists()


@pytest.mark.parametrize("query", ["", "!!!"])
def test_a_query_without_words_asks_for_one(client, query):
    response = search(client, q=query)
    assert "data-result-count" not in response.text
    assert "Skriv inn et søkeord" in response.text or "ingen ord å søke etter" in response.text


@pytest.mark.parametrize("page_number", ["999", "0", "-1", "abc", "1.5", "%00"])
def test_missing_page_numbers_are_404(client, page_number):
    response = client.get("/sok/", {"q": "kulturskole", "side": page_number})
    assert response.status_code == 404


def test_pages_of_results_follow_each_other(client):
    total = result_count(search(client, q="kulturskolen"))
    assert total > PAGE_SIZE, "the demo content should give more than one page"
    first = result_urls(search(client, q="kulturskolen"))
    second = result_urls(search(client, q="kulturskolen", side=2))
    assert len(first) == PAGE_SIZE
    assert second and not set(first) & set(second)


def test_when_no_page_has_all_the_words_pages_with_some_of_them_are_shown(client):
    verdenskafe = MethodPage.objects.get(slug="verdenskafe").url
    choir = CaseStoryPage.objects.get(slug="generasjonskoret-fauske").url
    response = search(client, q="verdenskafé generasjonskoret")
    assert "Ingen sider inneholder alle ordene" in response.text
    assert {verdenskafe, choir} <= set(result_urls(response))


# Snippets and materials


def test_snippets_mark_the_matched_words_in_the_summary(client):
    summaries = re.findall(
        r'class="search-result__summary">(.*?)</p>', search(client, q="SoImpact").text, re.S
    )
    assert any("<mark>SoImpact</mark>" in summary for summary in summaries)
    marked = {
        word.lower() for summary in summaries for word in re.findall(r"<mark>(.*?)</mark>", summary)
    }
    assert marked == {"soimpact"}


def test_summaries_are_escaped_around_the_marks(client):
    method(summary="Når 2 < 3 & «Snakkeboblen»-metoden brukes.", slug="boble", title="Boble")
    response = search(client, q="snakkeboblen")
    assert "Når 2 &lt; 3 &amp; «<mark>Snakkeboblen</mark>»-metoden brukes." in response.text


def test_matching_conference_materials_are_linked_from_their_event(client):
    response = search(client, q="regnearkmal")
    event = EventPage.objects.get(slug="formiddagskaffe-2025-10-sosial-verdi")
    assert event.url in result_urls(response)
    materials = re.search(r'search-result__materials">(.*?)</ul>', response.text, re.S).group(1)
    assert "<mark>Regnearkmal</mark> for SoImpact" in materials
    assert "krever innlogging" in materials
    assert 'href="/dokumenter/' in materials


# Promotions and the query log


def test_a_promoted_page_comes_first_for_its_query(client):
    pinned = MethodPage.objects.get(slug="endringsteori")
    query = Query.get("tilskudd")
    SearchPromotion.objects.create(query=query, page=pinned, description="Start her.", sort_order=0)
    response = search(client, q="Tilskudd")
    promoted = re.search(r'class="search-promotions".*?</section>', response.text, re.S).group(0)
    assert f'href="{pinned.url}"' in promoted
    assert "Start her." in promoted
    assert response.text.index(pinned.url) < response.text.index('class="search-layout"')


def test_a_promoted_page_that_is_no_longer_live_is_not_shown(client):
    pinned = MethodPage.objects.get(slug="endringsteori")
    SearchPromotion.objects.create(query=Query.get("tilskudd"), page=pinned, sort_order=0)
    pinned.unpublish()
    assert "search-promotions" not in search(client, q="tilskudd").text


def test_queries_are_logged_once_with_their_result_count(client):
    search(client, q="Samskaping")
    search(client, q="samskaping ")
    search(client, q="samskaping", side=2)  # paging and filtering are not new searches
    search(client, q="samskaping", innhold="metode")
    search(client, q="finnes ikke noe sted")
    logged = Query.objects.get(query_string="samskaping")
    assert logged.hits == 2
    assert logged.result_count.count == result_count(search(client, q="samskaping"))
    assert QueryResultCount.objects.get(query__query_string="finnes ikke noe sted").count == 0


def report_rows(client, url):
    response = client.get(url)
    assert response.status_code == 200
    table = re.search(r'<table class="listing.*?</table>', response.text, re.S).group(0)
    rows = re.findall(r"<tr.*?</tr>", table, re.S)[1:]
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in rows]


@pytest.fixture
def adviser(client, django_user_model):
    """Someone who may pin promoted results (the adviser's job) and so sees the reports."""
    user = django_user_model.objects.create_user("sokeradgiver", password="x" * 12)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_searchpromotion"),
    )
    client.force_login(user)
    return user


def test_the_adviser_sees_the_most_frequent_queries_and_those_without_results(client, adviser):
    for query in ["samskaping", "samskaping", "samskaping", "medvirkning", "kulturtanken xyz"]:
        search(client, q=query)
    samskaping = result_count(search(client, q="samskaping", side=1))
    frequent = report_rows(client, "/admin/reports/sok/")
    assert frequent[0].startswith(f"samskaping 3 {samskaping} ")
    assert any(row.startswith("medvirkning 1 ") for row in frequent)
    assert any(row.startswith("kulturtanken xyz 1 0 ") for row in frequent)
    without = report_rows(client, "/admin/reports/sok/?show=uten-treff")
    assert [row.split(" 1 0 ")[0] for row in without] == ["kulturtanken xyz"]


def test_the_search_reports_are_in_the_reports_menu_for_the_adviser_only(client, rf, adviser):
    request = rf.get("/admin/")
    request.user = adviser
    names = {item.name for item in reports_menu.menu_items_for_request(request)}
    assert {"search-queries", "search-queries-without-results"} <= names
    assert "search-terms" not in names  # Wagtail's own, replaced by ours
    request.user = get_user_model().objects.create_user("redaktor-x", password="x" * 12)
    assert "search-queries" not in {
        item.name for item in reports_menu.menu_items_for_request(request)
    }
    client.force_login(request.user)
    assert client.get("/admin/reports/sok/").status_code in (302, 403)


def test_the_demo_adviser_pins_a_result_in_the_admin_and_reads_the_reports(client):
    log_in(client, ADVISER)
    pinned = MethodPage.objects.get(slug="endringsteori")
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "Tilskudd",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": pinned.pk,
            "editors_picks-0-description": "Start her.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Query.get("tilskudd").editors_picks.get().page_id == pinned.pk
    assert client.get("/admin/reports/sok/?show=uten-treff").status_code == 200
    log_in(client, EDITOR_A)
    assert client.get("/admin/searchpicks/add/").status_code in (302, 403)


# Suggestions


def test_suggestions_are_pages_whose_titles_start_like_the_query(client):
    data = client.get("/sok/forslag/", {"q": "verdensk"}).json()
    verdenskafe = MethodPage.objects.get(slug="verdenskafe")
    assert {"title": verdenskafe.title, "url": verdenskafe.url, "type": "Metode"} in data[
        "suggestions"
    ]
    assert len(data["suggestions"]) <= 8


@pytest.mark.parametrize("query", ["", "a", "!!!", "<script>", "x" * 10_000])
def test_suggestions_for_nothing_useful_are_empty(client, query):
    response = client.get("/sok/forslag/", {"q": query})
    assert response.status_code == 200
    assert response.json() == {"suggestions": []}


def test_the_page_works_without_javascript_and_loads_its_script_deferred(client):
    response = search(client, q="verdenskafé")
    assert re.search(
        r'<form class="search-form" method="get" action="/sok/" role="search"', response.text
    )
    assert '<label for="search-query">' in response.text
    assert result_urls(response), "results are rendered on the server"
    script = re.search(r'<script src="([^"]+search-suggestions\.js)" defer>', response.text)
    assert script
    assert client.get(script.group(1)).status_code == 200


# Publishing, unpublishing and deleting


def test_the_index_follows_publishing_unpublishing_and_deleting(client):
    assert result_count(search(client, q="zqxwyvokk")) == 0
    page = method(slug="zqxwyvokk", title="Zqxwyvokk", summary="Samtaler med bobler.")
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]

    page.unpublish()
    assert result_count(search(client, q="zqxwyvokk")) == 0

    page.save_revision().publish()
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]

    page.delete()
    assert result_count(search(client, q="zqxwyvokk")) == 0
    assert not PageFacet.objects.filter(page_id=page.pk).exists()


def test_a_page_made_private_leaves_the_results_and_comes_back_when_public_again(client):
    page = method(slug="zqxwyvokk", title="Zqxwyvokk")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert result_count(search(client, q="zqxwyvokk")) == 0
    restriction.delete()
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]


def test_a_change_of_themes_is_searchable_and_counted_at_once(client):
    page = method(slug="zqxwyvokk", title="Zqxwyvokk")
    theme = Theme.objects.get(slug="digitale-moteplasser")
    assert result_count(search(client, q="zqxwyvokk", tema=theme.slug)) == 0

    page.themes = [theme]
    page.save_revision().publish()

    assert result_urls(search(client, q="zqxwyvokk", tema=theme.slug)) == [page.url]
    # The theme's name is indexed with the page (Wagtail alone would index the old themes).
    assert page.url in result_urls(search(client, q="zqxwyvokk digitale møteplasser"))


# Query budget


@pytest.mark.parametrize(
    "params",
    [
        {"q": "kulturskole"},
        {"q": "kulturskole", "tema": "samskaping", "ar": "2024"},
        {"q": "kulturskole", "innhold": "arrangement"},
    ],
)
def test_the_search_page_stays_within_its_query_budget(client, params):
    client.get("/sok/", params)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sok/", params)
    assert response.status_code == 200
    assert len(queries.captured_queries) <= 28, [q["sql"][:120] for q in queries.captured_queries]


def test_facet_links_keep_the_query_and_the_choices_but_nothing_else(client):
    response = search(client, q="samskaping", utm_source="nyhetsbrev", tema="medvirkning")
    options = facet_options(response)
    assert options
    for param, params, _label, _count in options:
        assert params["q"] == "samskaping"
        assert "utm_source" not in params and "side" not in params
        if param != "tema":
            assert params["tema"] == "medvirkning"
