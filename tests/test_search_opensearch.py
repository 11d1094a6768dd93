"""The search page on Wagtail's OpenSearch backend (OPENSEARCH_URL), without a server: no
OpenSearch server installs from the package registries here. A stand-in for the client's
`search` and `count` answers every request with every searchable page, best first by id;
the backend then loads them from the database through the page's own filters, as it does
with a real server's hits. So these tests show that every query and filter the page sends
is one the backend can write as an OpenSearch request (one it cannot turn into an OpenSearch
filter fails the whole page), and that results, facets and suggestions come through. They
say nothing of OpenSearch's own ranking."""

from unittest import mock

import pytest
from django.test import override_settings
from opensearchpy import OpenSearch
from wagtail.models import PageViewRestriction

from kb.core.listing import PAGE_SIZE
from kb.methods.models import MethodPage
from search.filing import searchable_pages

from .search_support import corpus_fixture, facet_options, result_count, result_urls, search
from .test_settings import load_settings

pytestmark = pytest.mark.django_db

corpus = corpus_fixture()


@pytest.fixture
def opensearch(monkeypatch):
    """The request bodies the page sent to OpenSearch, with the backend the settings choose
    for OPENSEARCH_URL (an address nothing listens on: the client's calls are stood in
    for)."""
    settings = load_settings(monkeypatch, "kb.settings.base", OPENSEARCH_URL="http://127.0.0.1:9")
    bodies = []
    page_ids = sorted(searchable_pages().values_list("pk", flat=True), reverse=True)
    hits = [
        {"_score": 1 / (rank + 1), "fields": {"pk": [str(pk)]}} for rank, pk in enumerate(page_ids)
    ]

    def search_request(client, body=None, **params):
        bodies.append(body)
        start = params.get("from_", 0)
        return {"hits": {"hits": hits[start : start + params.get("size", len(hits))]}}

    def count_request(client, body=None, **params):
        bodies.append(body)
        return {"count": len(hits)}

    with (
        override_settings(WAGTAILSEARCH_BACKENDS=settings["WAGTAILSEARCH_BACKENDS"]),
        mock.patch.object(OpenSearch, "search", search_request),
        mock.patch.object(OpenSearch, "count", count_request),
    ):
        yield bodies


def filters_on_ids(bodies):
    """The id lists of the `terms` filters on the pages' ids in the request bodies."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("terms"), dict) and "id_filter" in node["terms"]:
                found.append(node["terms"]["id_filter"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(bodies)
    return found


@pytest.mark.parametrize(
    "query",
    [
        "samskaping",
        "interessentene",  # widened to the compounds it heads
        "hvordan kan vi",  # stop words only: the titles as written
        "involvere elever og foresatte i kulturskolen",  # the match ladder's pairs and all
    ],
)
def test_the_search_page_answers_through_opensearch(client, corpus, opensearch, query):
    response = search(client, q=query)
    assert opensearch, "the page must ask OpenSearch"
    everything = searchable_pages().count()
    assert result_count(response) == everything
    assert len(result_urls(response)) == min(PAGE_SIZE, everything)
    assert ("innhold", "metode") in {
        (param, params[param]) for param, params, *_ in facet_options(response)
    }
    # The matched pages' ids go to OpenSearch as a filter on its results.
    matched = sorted(searchable_pages().values_list("pk", flat=True))
    assert matched in [sorted(ids) for ids in filters_on_ids(opensearch)]


def test_a_chosen_facet_narrows_what_opensearch_returns(client, corpus, opensearch):
    response = search(client, q="samskaping", innhold="metode")
    assert result_count(response) == MethodPage.objects.live().count()
    assert all(url.startswith("/metoder/") for url in result_urls(response))


def test_suggestions_come_through_opensearch(client, corpus, opensearch):
    response = client.get("/sok/forslag/", {"q": "verden"})
    assert response.status_code == 200
    assert response.json()["suggestions"]
    assert opensearch


def test_a_page_behind_a_login_stays_out_on_opensearch(client, corpus, opensearch):
    public = searchable_pages().count()
    PageViewRestriction.objects.create(page=corpus.page("verdenskafe"), restriction_type="login")
    response = search(client, q="samskaping")
    assert result_count(response) == public - 1
    assert corpus.url("verdenskafe") not in result_urls(response)
