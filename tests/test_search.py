"""The search page on any database: facets and their counts, promotions, the query log and
its reports, snippets, suggestions, an index that follows publishing, and bad input.

The pages searched are the corpus of tests.search_support (built once for the module);
tests that publish, unpublish or delete build their own pages."""

import datetime
import functools
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.admin.menu import reports_menu
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from kb.core import listing
from kb.core.models import ContentVersion
from search import engine, views
from search.models import IndexedWord, PageFacet, PageWords, QueryResultCount, Synonym
from search.query import Term, UnderstoodQuery, clean, terms_of

from . import factories
from .search_support import (
    ONGOING_SINCE,
    all_result_urls,
    corpus_fixture,
    facet_options,
    link_params,
    result_count,
    result_urls,
    search,
    soup,
)

pytestmark = pytest.mark.django_db

corpus = corpus_fixture()


def widened_text(response):
    return " ".join(p.text for p in soup(response).select(".search-widened"))


def method(title="Zqxwyvokk", summary="Samtaler med bobler.", **fields):
    """A published method of the test's own (not in the corpus)."""
    return factories.MethodPageFactory(title=title, summary=summary, **fields)


def three_a_page(monkeypatch):
    """Three results a page, so that the corpus fills several."""
    monkeypatch.setattr(engine, "paginate", functools.partial(listing.paginate, per_page=3))


# Facets


@pytest.mark.parametrize("query", ["samskaping", "kulturskole", "medvirkning"])
def test_each_facet_option_shows_how_many_results_it_leaves(client, corpus, query):
    response = search(client, q=query)
    options = facet_options(response)
    assert {param for param, *_ in options} >= {"innhold", "tema", "ar"}
    for _param, params, label, count in options:
        assert count > 0, label
        assert result_count(search(client, **params)) == count, (label, params)


def test_facets_combine_and_count_within_the_other_choices(client, corpus):
    first = search(client, q="samskaping", innhold="metode")
    methods_only = result_count(first)
    assert 0 < methods_only < result_count(search(client, q="samskaping"))
    theme_options = [o for o in facet_options(first) if o[0] == "tema"]
    assert {label for _param, _params, label, _count in theme_options} == {
        "Medvirkning",
        "Samskaping",
    }
    for _param, params, label, count in theme_options:
        assert params["innhold"] == "metode"
        combined = search(client, **params)
        assert result_count(combined) == count <= methods_only, label
        urls = result_urls(combined)
        assert len(urls) == count and all(url.startswith("/metoder/") for url in urls)


def test_content_type_counts_add_up_to_the_total(client, corpus):
    response = search(client, q="kulturskole")
    kinds = {
        label: count
        for param, _params, label, count in facet_options(response)
        if param == "innhold"
    }
    assert len(kinds) == 3, kinds  # methods, stories and events all say "kulturskole"
    assert sum(kinds.values()) == result_count(response)


def test_a_combination_that_matches_nothing_says_so(client, corpus):
    unfiltered = result_count(search(client, q="samskaping"))
    # Only methods have a phase, so a phase and "case stories" leave nothing.
    response = search(client, q="samskaping", innhold="erfaring", fase="evaluering")
    assert result_count(response) == 0
    page = soup(response)
    empty = page.select_one(".search-main p.empty")
    assert "Ingen treff med disse filtrene" in empty.text
    assert f"Uten filtre gir søket {unfiltered} treff" in empty.text
    show_all = empty.find("a", string=lambda text: text and text.startswith("Vis alle treff"))
    assert show_all["href"] == "?q=samskaping"
    # Each chosen filter can be removed on its own.
    removers = page.select(".active-filters a")
    assert [link_params(link["href"]) for link in removers] == [
        {"q": "samskaping", "fase": "evaluering"},
        {"q": "samskaping", "innhold": "erfaring"},
    ]
    assert all(link.text.startswith("Fjern") for link in removers)


def test_a_story_counts_for_every_year_it_ran_and_an_ongoing_one_up_to_now(client, corpus):
    this_year = timezone.localdate().year
    assert corpus.page("verksteder").period_end is None
    for name in ["generasjonskoret", "verksteder", "barnehagene"]:
        story = corpus.page(name)
        last = story.period_end.year if story.period_end else this_year
        for year, expected in [
            (story.period_start.year - 1, False),
            (story.period_start.year, True),
            (last, True),
            (last + 1, False),
        ]:
            urls = result_urls(search(client, q=story.title, ar=year, innhold="erfaring"))
            assert (story.url in urls) == expected, (story.title, year)
    # The ongoing story is in every year up to now.
    years = {
        int(label)
        for param, _params, label, _count in facet_options(search(client, q="biblioteket"))
        if param == "ar"
    }
    assert set(range(ONGOING_SINCE, this_year + 1)) <= years


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
def test_an_unknown_filter_value_is_named_and_ignored(client, corpus, params):
    unfiltered = result_count(search(client, q="samskaping"))
    response = search(client, q="samskaping", **params)
    [notice] = soup(response).select(".notice--warning")
    [value] = params.values()
    assert f"«{value[:100]}» ble ikke gjenkjent" in notice.text
    assert "<b>fet</b>" not in response.text
    assert result_count(response) == unfiltered > 0


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
def test_bad_input_gives_a_page_and_is_never_echoed_unescaped(client, corpus, query):
    pages = Page.objects.count()
    response = search(client, q=query)
    assert "<script>alert(1)</script>" not in response.text
    assert "<img src=x" not in response.text
    assert "\x00" not in response.text
    if "<script>" in query:
        assert "&lt;script&gt;" in response.text
    # The query is shown back as typed (cleaned), in the search field, escaped.
    assert soup(response).select_one("#search-query").get("value", "") == clean(query)
    # Nothing was changed; a query with a word found what that word finds.
    assert Page.objects.count() == pages
    if terms_of(clean(query)) == ["samskaping"]:
        assert result_count(response) == result_count(search(client, q="samskaping")) > 0


@pytest.mark.parametrize("query", ["", "!!!"])
def test_a_query_without_words_asks_for_one(client, query):
    response = search(client, q=query)
    assert "data-result-count" not in response.text
    message = soup(response).select_one(".container p.empty").text
    expected = "ingen ord å søke etter" if query else "Skriv inn et søkeord"
    assert expected in message


@pytest.mark.parametrize("page_number", ["999", "0", "-1", "abc", "1.5", "%00"])
def test_missing_page_numbers_are_404(client, corpus, page_number):
    assert result_count(search(client, q="kulturskolen")) > 0  # there is a first page
    response = client.get("/sok/", {"q": "kulturskolen", "side": page_number})
    assert response.status_code == 404


def test_pages_of_results_follow_each_other(client, corpus, monkeypatch):
    three_a_page(monkeypatch)
    total = result_count(search(client, q="kulturskolen"))
    assert total > 2 * 3
    pages = [result_urls(search(client, q="kulturskolen", side=n)) for n in range(1, 4)]
    assert [len(urls) for urls in pages] == [3, 3, 3]
    everything = [url for urls in pages for url in urls]
    assert len(set(everything)) == len(everything)
    next_link = soup(search(client, q="kulturskolen")).find("a", rel="next")
    assert next_link is not None and link_params(next_link["href"])["side"] == "2"


def test_when_no_page_has_all_the_words_pages_with_some_of_them_are_shown(client, corpus):
    response = search(client, q="verdenskafé generasjonskoret")
    assert "Ingen sider inneholder alle ordene" in soup(response).select_one(".search-widened").text
    assert set(result_urls(response)) == {
        corpus.url("verdenskafe"),
        corpus.url("generasjonskoret"),
    }


def test_each_step_of_the_match_ladder_matches_only_what_the_step_before_does():
    # Two words that most pages have, and one that few have: a page with the two common
    # words only is not in the first step (any informative word), so not in the second.
    rare, *common = [
        Term("nyankomne", pages=5),
        Term("familie", pages=6000),
        Term("musikk", pages=5000),
    ]
    understood = UnderstoodQuery("nyankomne familie musikk", [rare, *common], total_pages=10_000)
    (any_rare, any_estimate), (pairs, pairs_estimate), (every, _estimate) = (
        understood.match_queries()
    )
    assert any_rare.query_string == "nyankomne"
    assert [{part.query_string for part in pair.subqueries} for pair in pairs.subqueries] == [
        {"nyankomne", "familie"},
        {"nyankomne", "musikk"},
    ]
    assert pairs_estimate <= any_estimate
    assert {part.query_string for part in every.subqueries} == {"nyankomne", "familie", "musikk"}


# Snippets and materials


def test_snippets_mark_the_matched_words_in_the_summary(client, corpus):
    summaries = soup(search(client, q="SoImpact")).select(".search-result__summary")
    with_marks = [summary for summary in summaries if summary.find("mark")]
    # The method, the event and the story say "SoImpact" in their summaries.
    assert len(with_marks) == 3
    assert all("<mark>SoImpact</mark>" in summary.decode_contents() for summary in with_marks)
    marked = {mark.text.lower() for summary in summaries for mark in summary.find_all("mark")}
    assert marked == {"soimpact"}


def test_summaries_are_escaped_around_the_marks(client):
    method(summary="Når 2 < 3 & «Snakkeboblen»-metoden brukes.", title="Boble")
    response = search(client, q="snakkeboblen")
    assert "Når 2 &lt; 3 &amp; «<mark>Snakkeboblen</mark>»-metoden brukes." in response.text


def test_matching_conference_materials_are_linked_from_their_event(client, corpus):
    response = search(client, q="regnearkmal")
    assert result_urls(response) == [corpus.url("sosial_verdi")]
    [materials] = soup(response).select(".search-result__materials")
    # Only the material whose title matches, with its document, marked as members only.
    [item] = materials.select("li")
    link = item.find("a")
    assert link.decode_contents() == "<mark>Regnearkmal</mark> for SoImpact"
    assert link["href"].startswith("/dokumenter/")
    assert "krever innlogging" in item.text


def test_a_public_material_is_not_marked_members_only(client, corpus):
    response = search(client, q="lysark lederkonferansen")
    assert result_urls(response) == [corpus.url("lederkonferansen")]
    [item] = soup(response).select(".search-result__materials li")
    assert item.find("a")["href"].startswith("/dokumenter/")
    assert "krever innlogging" not in item.text


# Promotions and the query log


def test_a_promoted_page_comes_first_for_its_query(client, corpus):
    pinned = corpus.page("endringsteori")
    query = Query.get("tilskudd")
    SearchPromotion.objects.create(query=query, page=pinned, description="Start her.", sort_order=0)
    response = search(client, q="Tilskudd")
    promoted = soup(response).select_one("section.search-promotions")
    assert [link["href"] for link in promoted.select("a")] == [pinned.url]
    assert "Start her." in promoted.text
    assert response.text.index(pinned.url) < response.text.index('class="search-layout"')


def test_a_promotion_shows_at_once_and_goes_at_once(client, corpus):
    """The promotions come from the cache: adding or removing one changes them at once."""
    assert "search-promotions" not in search(client, q="tilskudd").text
    promotion = SearchPromotion.objects.create(
        query=Query.get("tilskudd"), external_link_url="https://example.com/", sort_order=0
    )
    assert soup(search(client, q="tilskudd")).select_one("section.search-promotions")
    promotion.delete()
    assert "search-promotions" not in search(client, q="tilskudd").text


def test_a_promoted_page_that_is_no_longer_live_is_not_shown(client, corpus):
    pinned = corpus.page("endringsteori")
    SearchPromotion.objects.create(query=Query.get("tilskudd"), page=pinned, sort_order=0)
    assert soup(search(client, q="tilskudd")).select_one("section.search-promotions")
    pinned.unpublish()
    assert "search-promotions" not in search(client, q="tilskudd").text


def test_queries_are_logged_once_with_their_result_count(client, corpus, monkeypatch):
    three_a_page(monkeypatch)
    search(client, q="Samskaping")
    search(client, q="samskaping ")
    search(client, q="samskaping", side=2)  # paging and filtering are not new searches
    search(client, q="samskaping", innhold="metode")
    search(client, q="zqxwy vokkyz")
    search(client, q="samskaping vokkyz")
    logged = Query.objects.get(query_string="samskaping")
    assert logged.hits == 2
    assert logged.result_count.count == result_count(search(client, q="samskaping")) > 0
    assert not logged.result_count.partial
    nothing = QueryResultCount.objects.get(query__query_string="zqxwy vokkyz")
    assert (nothing.count, nothing.partial) == (0, False)
    # Pages with some of the words are not what was asked for: the report keeps them apart.
    partial = QueryResultCount.objects.get(query__query_string="samskaping vokkyz")
    assert partial.count > 0 and partial.partial


def report_rows(client, url):
    """The rows of the report's table, each as its cells' text joined by spaces."""
    response = client.get(url)
    assert response.status_code == 200
    table = soup(response).select_one("table.listing")
    return [" ".join(row.get_text(" ").split()) for row in table.select("tbody tr")]


def test_the_adviser_sees_the_most_frequent_queries_and_those_without_results(
    client, corpus, adviser_client
):
    queries = ["samskaping", "samskaping", "samskaping", "medvirkning", "kulturtanken xyz"]
    for query in [*queries, "medvirkning kulturtanken"]:
        search(client, q=query)
    samskaping = result_count(search(client, q="samskaping", side=1))
    frequent = report_rows(adviser_client, "/admin/reports/sok/")
    assert len(frequent) == 4
    assert frequent[0].startswith(f"samskaping 3 {samskaping} ")
    assert any(row.startswith("medvirkning 1 ") for row in frequent)
    assert any(row.startswith("kulturtanken xyz 1 0 ") for row in frequent)
    without = report_rows(adviser_client, "/admin/reports/sok/?show=uten-treff")
    assert [row.split(" 1 0 ")[0] for row in without] == ["kulturtanken xyz"]
    # Found pages, but none with every word: apart from both.
    partial = report_rows(adviser_client, "/admin/reports/sok/?show=delvise-treff")
    assert [row.split(" 1 ")[0] for row in partial] == ["medvirkning kulturtanken"]
    assert "Nei, bare noen" in partial[0]


def test_the_search_reports_are_in_the_reports_menu_for_the_adviser_only(
    client, rf, adviser, django_user_model
):
    request = rf.get("/admin/")
    request.user = adviser
    names = {item.name for item in reports_menu.menu_items_for_request(request)}
    assert {"search-queries", "search-queries-without-results"} <= names
    assert "search-terms" not in names  # Wagtail's own, replaced by ours
    request.user = django_user_model.objects.create_user("uten-rolle", password="x" * 12)
    assert "search-queries" not in {
        item.name for item in reports_menu.menu_items_for_request(request)
    }
    client.force_login(request.user)
    assert client.get("/admin/reports/sok/").status_code in (302, 403)


def test_the_adviser_pins_a_result_in_the_admin_and_reads_the_reports(
    corpus, adviser_client, editor_client
):
    pinned = corpus.page("endringsteori")
    response = adviser_client.post(
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
    assert adviser_client.get("/admin/reports/sok/?show=uten-treff").status_code == 200
    # A municipality editor may neither pin nor read the reports.
    assert editor_client.get("/admin/searchpicks/add/").status_code in (302, 403)
    assert editor_client.get("/admin/reports/sok/").status_code in (302, 403)


# Suggestions


def test_suggestions_are_pages_whose_titles_start_like_the_query(client, corpus):
    data = client.get("/sok/forslag/", {"q": "verdensk"}).json()
    assert data["suggestions"] == [
        {"title": "Verdenskafé", "url": corpus.url("verdenskafe"), "type": "Metode"}
    ]
    titles = client.get("/sok/forslag/", {"q": "kulturskolen"}).json()["suggestions"]
    assert [suggestion["url"] for suggestion in titles] == [corpus.url("barnehagene")]


def test_suggestions_are_as_many_as_the_limit_allows(client, corpus, monkeypatch):
    # Three titles have a word starting with "sosial".
    titles = {"SoImpact – måling av sosial verdi", "Nettmøte om sosial verdi"}
    titles.add("KS-modellen for samskapende sosial innovasjon")
    found = client.get("/sok/forslag/", {"q": "sosia"}).json()["suggestions"]
    assert {suggestion["title"] for suggestion in found} == titles
    assert views.SUGGESTIONS == 8
    monkeypatch.setattr(views, "SUGGESTIONS", 2)
    found = client.get("/sok/forslag/", {"q": "sosia"}).json()["suggestions"]
    assert len(found) == 2 and {suggestion["title"] for suggestion in found} < titles


@pytest.mark.parametrize("query", ["", "a", "!!!", "<script>", "x" * 10_000])
def test_suggestions_for_nothing_useful_are_empty(client, query):
    response = client.get("/sok/forslag/", {"q": query})
    assert response.status_code == 200
    assert response.json() == {"suggestions": []}


def test_the_page_works_without_javascript_and_loads_its_script_deferred(client, corpus):
    response = search(client, q="verdenskafé")
    page = soup(response)
    form = page.select_one("form.search-form")
    assert (form["method"], form["action"], form["role"]) == ("get", "/sok/", "search")
    assert page.select_one('label[for="search-query"]')
    assert form.select_one("#search-query")["name"] == "q"
    assert result_urls(response) == [corpus.url("verdenskafe")], "rendered on the server"
    [script] = [s for s in page.find_all("script", src=True) if "search-suggestions" in s["src"]]
    assert script.has_attr("defer")
    assert client.get(script["src"]).status_code == 200


# Kept answers


def facet_count_queries(queries):
    return [q["sql"] for q in queries.captured_queries if 'COUNT("search_pagefacet"' in q["sql"]]


@pytest.mark.parametrize("keeps_answers", [True, False])
def test_a_repeated_search_is_answered_from_the_cache(client, corpus, settings, keeps_answers):
    settings.SEARCH_CACHES_ANSWERS = keeps_answers
    first = search(client, q="kulturskole", tema="samskaping")
    with CaptureQueriesContext(connection) as queries:
        again = search(client, q="kulturskole", tema="samskaping")
    assert result_urls(again) == result_urls(first)
    assert result_count(again) == result_count(first) > 0
    assert facet_options(again) == facet_options(first)
    # Matched, counted and ranked again only when answers are not kept.
    assert bool(facet_count_queries(queries)) is not keeps_answers


def test_a_repeated_search_shows_its_first_page_without_searching_again(
    client, settings, monkeypatch
):
    """Also when the backend ranks only the best of the results (RANK_LIMIT: those with the
    word in the title) and the rest follow them: the kept answer holds the first page."""
    settings.SEARCH_CACHES_ANSWERS = True
    monkeypatch.setattr(engine, "RANK_LIMIT", 1)
    pages = [method(), *(method(title=f"Bobleprat {n}", summary="Zqxwyvokk.") for n in range(3))]
    found = result_urls(search(client, q="zqxwyvokk"))
    assert sorted(found) == sorted(page.url for page in pages)
    with CaptureQueriesContext(connection) as queries:
        assert result_urls(search(client, q="zqxwyvokk")) == found
    # Neither the index nor the word list (the query's understanding is kept too).
    assert not [q for q in queries.captured_queries if "indexentry" in q["sql"]]
    assert not [q for q in queries.captured_queries if "search_indexedword" in q["sql"]]


def test_a_kept_search_follows_a_new_synonym(client, settings):
    settings.SEARCH_CACHES_ANSWERS = True
    page = method(title="Bobleprat", summary="Samtaler.")
    assert result_count(search(client, q="zqxwyvokk")) == 0
    Synonym.objects.create(word="zqxwyvokk", synonyms="bobleprat")
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]


def test_results_beyond_the_kept_ones_follow_in_the_same_order(client, corpus, monkeypatch):
    three_a_page(monkeypatch)
    monkeypatch.setattr(engine, "POOL", 4)  # the second page is partly beyond the kept order
    found = all_result_urls(client, "kulturskolen")
    assert len(found) > 2 * 3
    assert all_result_urls(client, "kulturskolen") == found  # from the cache


def test_a_kept_answer_is_not_used_after_a_publish(client, corpus):
    search(client, q="zqxwyvokk")
    page = method()
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]
    page.title = "Bobleprat"
    page.save_revision().publish()
    assert result_count(search(client, q="zqxwyvokk")) == 0


# Publishing, unpublishing and deleting


def test_the_index_follows_publishing_unpublishing_and_deleting(client):
    assert result_count(search(client, q="zqxwyvokk")) == 0
    page = method()
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]

    page.unpublish()
    assert result_count(search(client, q="zqxwyvokk")) == 0

    page.save_revision().publish()
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]

    page.delete()
    assert result_count(search(client, q="zqxwyvokk")) == 0
    assert not PageFacet.objects.filter(page_id=page.pk).exists()


def test_a_page_made_private_leaves_the_results_and_comes_back_when_public_again(client):
    page = method()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert result_count(search(client, q="zqxwyvokk")) == 0
    restriction.delete()
    assert result_urls(search(client, q="zqxwyvokk")) == [page.url]


def test_a_change_of_themes_is_searchable_and_counted_at_once(client):
    page = method()
    theme = factories.ThemeFactory(name="Digitale møteplasser", slug="digitale-moteplasser")
    assert result_count(search(client, q="zqxwyvokk", tema=theme.slug)) == 0

    page.themes = [theme]
    page.save_revision().publish()

    assert result_urls(search(client, q="zqxwyvokk", tema=theme.slug)) == [page.url]
    # The theme's name is indexed with the page (Wagtail alone would index the old themes).
    assert result_urls(search(client, q="zqxwyvokk digitale møteplasser")) == [page.url]


# Query budget


@pytest.mark.parametrize(
    "params",
    [
        {"q": "kulturskole"},
        {"q": "kulturskole", "tema": "samskaping", "ar": "2024"},
        {"q": "kulturskole", "innhold": "arrangement"},
    ],
)
def test_the_search_page_stays_within_its_query_budget(client, corpus, params):
    client.get("/sok/", params)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sok/", params)
    assert response.status_code == 200
    assert result_count(response) > 0, "the budget is for a page with results"
    assert len(queries.captured_queries) <= 28, [q["sql"][:120] for q in queries.captured_queries]


def test_facet_links_keep_the_query_and_the_choices_but_nothing_else(client, corpus):
    response = search(client, q="samskaping", utm_source="nyhetsbrev", tema="medvirkning")
    options = facet_options(response)
    assert {param for param, *_ in options} >= {"innhold", "tema", "ar"}
    for param, params, _label, _count in options:
        assert params["q"] == "samskaping"
        assert "utm_source" not in params and "side" not in params
        if param != "tema":
            assert params["tema"] == "medvirkning"
    # Choosing the chosen theme again removes it.
    [chosen] = [params for param, params, label, _count in options if label == "Medvirkning"]
    assert "tema" not in chosen


def test_each_result_names_its_type_and_facts(client, municipality):
    factories.MethodPageFactory(title="Fyrlykt-metoden", summary="Fyrlykt.", phase="evaluering")
    factories.CaseStoryPageFactory(
        parent=municipality,
        title="Fyrlykt i havna",
        summary="Fyrlykt.",
        culture_school="Havna kulturskole",
        period_start=datetime.date(2023, 8, 1),
        period_end=datetime.date(2024, 6, 1),
    )
    factories.CaseStoryPageFactory(
        parent=municipality,
        title="Fyrlykt på øya",
        summary="Fyrlykt.",
        culture_school="Øya kulturskole",
        period_start=datetime.date(2025, 1, 1),
        period_end=None,
    )
    factories.EventPageFactory(
        title="Fyrlyktdagene",
        summary="Fyrlykt.",
        start_date=datetime.date(2025, 4, 3),
        end_date=datetime.date(2025, 4, 4),
        location="Stormen, Bodø",
    )
    results = soup(search(client, q="fyrlykt")).select(".search-result")
    facts = {
        result.select_one("h2, h3").get_text(strip=True): result.select_one(
            ".search-result__type"
        ).get_text(" ", strip=True)
        for result in results
    }
    assert facts == {
        "Fyrlykt-metoden": "Metode · Evaluering og måling av verdi",
        "Fyrlykt i havna": "Erfaring · Havna kulturskole · august 2023–juni 2024",
        "Fyrlykt på øya": "Erfaring · Øya kulturskole · januar 2025 – pågår",
        "Fyrlyktdagene": "Arrangement · 3.–4. april 2025 · Stormen, Bodø",
    }


# What search derives from the pages, after a restore


def test_update_index_alone_brings_back_facets_words_and_suggestions(client, corpus):
    """A restore (or a bulk import) leaves the index and what search derives from it empty
    or stale; `manage.py update_index` alone rebuilds all of it."""

    def seen():
        return [
            (
                facet_options(search(client, q=query)),
                client.get("/sok/forslag/", {"q": query[:5]}).json()["suggestions"],
                widened_text(search(client, q=typo)),
            )
            for query, typo in [("samskaping", "interessentene"), ("kulturskolen", "soimpactt")]
        ]

    before = seen()
    assert all(facets and suggestions for facets, suggestions, _widened in before)
    for model in (IndexEntry, PageFacet, IndexedWord, PageWords):
        model.objects.all().delete()
    ContentVersion.bump()
    assert not any(facets or suggestions for facets, suggestions, _widened in seen())
    call_command("update_index", stdout=io.StringIO())
    assert seen() == before


def test_results_beyond_those_ranked_follow_newest_published_first(client, monkeypatch):
    """Beyond what the backend ranks (RANK_LIMIT) and the kept order (POOL), results follow
    by publication date, not by page id."""
    monkeypatch.setattr(engine, "RANK_LIMIT", 1)
    monkeypatch.setattr(engine, "POOL", 1)
    published = {}
    for days_ago in (30, 10, 40, 20):
        page = method(title=f"Zqxwyvokk {days_ago}")
        published[page.url] = timezone.now() - datetime.timedelta(days=days_ago)
        Page.objects.filter(pk=page.pk).update(first_published_at=published[page.url])
    found = all_result_urls(client, "zqxwyvokk")
    newest_first = sorted(published, key=published.get, reverse=True)
    assert sorted(found) == sorted(published)
    assert found[1:] == [url for url in newest_first if url != found[0]]
