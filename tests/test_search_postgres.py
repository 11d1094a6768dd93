"""What only PostgreSQL's full-text search gives the search page: Norwegian stemming, typo
tolerance (trigrams on the indexed words), compound words and weighted ranking."""

import pytest

from kb.cases.models import CaseStoryPage
from kb.conferences.models import EventPage
from kb.core.listing import PAGE_SIZE
from kb.demo.reader import read_content
from kb.methods.models import MethodPage
from search import engine
from search.engine import matching_pages
from search.query import understand

from .test_search import result_count, result_urls, search

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def all_result_urls(client, query):
    response = search(client, q=query)
    urls, page = result_urls(response), 1
    while len(urls) < result_count(response):
        page += 1
        urls += result_urls(search(client, q=query, side=page))
    return urls


@pytest.mark.parametrize(
    "forms",
    [
        ("kulturskolene", "kulturskolen", "kulturskole"),
        ("metodene", "metoder", "metode"),
        ("kommunene", "kommuner", "kommune"),
        ("elevene", "elever", "elev"),
    ],
)
def test_inflected_forms_find_the_same_pages(client, forms):
    found = [all_result_urls(client, form) for form in forms]
    assert found[0], forms
    assert all(urls == found[0] for urls in found), forms


def test_a_typo_finds_what_the_right_spelling_finds(client):
    right = set(result_urls(search(client, q="samskaping")))
    response = search(client, q="samskapning")
    assert right <= set(all_result_urls(client, "samskapning"))
    assert "«samskapning» som «samskaping»" in response.text
    # Without the word list, the typo finds nothing at all.
    assert not matching_pages(understand("samskapning", widen=False))


@pytest.mark.parametrize(
    "typo, slug",
    [
        ("interessentkartleging", "interessentkartlegging"),
        ("verdenskaffe", "verdenskafe"),
        ("medvirkningsbudjett", "medvirkningsbudsjett"),
    ],
)
def test_a_misspelt_method_name_still_finds_the_method_first(client, typo, slug):
    assert result_urls(search(client, q=typo))[0] == MethodPage.objects.get(slug=slug).url


def test_a_compound_finds_pages_about_its_parts(client):
    assert not matching_pages(understand("samskapingsmetoder", widen=False))
    response = search(client, q="samskapingsmetoder")
    assert "«samskapingsmetoder» som «samskapings + metoder»" in response.text
    parts = set(all_result_urls(client, "samskaping metode"))
    assert parts and set(all_result_urls(client, "samskapingsmetoder")) == parts


def test_a_word_found_only_inside_compounds_finds_the_compounds(client):
    response = search(client, q="kartlegge interessentene")
    assert "«interessentene» som «interessentkartlegging»" in response.text
    assert result_urls(response)[0] == MethodPage.objects.get(slug="interessentkartlegging").url


def test_a_compound_is_split_into_as_few_indexed_words_as_possible():
    assert understand("barnehagemusikkverksted").terms[0].alternatives == [
        ["barnehage", "musikk", "verksted"]
    ]
    # "kulturskolelærer" occurs in the demo content, so it stays whole.
    assert understand("kulturskolelærermedvirkning").terms[0].alternatives == [
        ["kulturskolelærer", "medvirkning"]
    ]


def test_a_known_word_is_left_alone():
    assert not understand("kulturskolene samskaping").widened_terms


@pytest.mark.parametrize(
    "title", [method.values["title"] for method in read_content().of_type(MethodPage)]
)
def test_a_query_naming_a_method_puts_it_first(client, title):
    page = MethodPage.objects.get(title=title)
    assert result_urls(search(client, q=title))[0] == page.url


def test_a_method_named_by_the_query_outranks_many_newer_pages_named_alike(client, monkeypatch):
    story = CaseStoryPage.objects.live().first()
    for number in range(PAGE_SIZE + 1):
        copy = story.copy(
            update_attrs={"title": f"Verdenskafé nr. {number}", "slug": f"verdenskafe-{number}"}
        )
        copy.save_revision().publish()
    # As with many more results than Wagtail ranks in full: the pool of best title matches
    # decides, here with room for one.
    monkeypatch.setattr(engine, "FULL_RANKING", 0)
    monkeypatch.setattr(engine, "RANKING_POOL", 1)
    monkeypatch.setattr(engine, "TITLE_CANDIDATES", 1)
    urls = result_urls(search(client, q="verdenskafe"))
    assert urls[0] == MethodPage.objects.get(slug="verdenskafe").url


def test_title_and_summary_weigh_more_than_body_text(client):
    # "SoImpact" is in a method's title, in the summaries of an event and a case story, and
    # in the body text of a few more pages: they come in that order.
    urls = result_urls(search(client, q="soimpact"))
    assert urls[0] == MethodPage.objects.get(slug="soimpact-maling-av-sosial-verdi").url
    assert set(urls[1:3]) == {
        EventPage.objects.get(slug="formiddagskaffe-2025-10-sosial-verdi").url,
        CaseStoryPage.objects.get(slug="generasjonskoret-fauske").url,
    }
    body_only = MethodPage.objects.get(slug="ks-modell-for-samskapende-sosial-innovasjon").url
    assert urls.index(body_only) > 2
