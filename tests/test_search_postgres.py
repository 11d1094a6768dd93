"""What only PostgreSQL's full-text search gives the search page: Norwegian stemming, typo
tolerance (trigrams on the indexed words), compound words and weighted ranking.

The pages are the corpus of tests.search_support (built once for the module)."""

import pytest
from django.db import connection

from search.facets import ESTIMATED_IDS, among
from search.filing import searchable_pages
from search.models import PageFacet, Synonym
from search.query import Term, understand

from . import factories
from .factories import paragraph, step
from .search_support import (
    METHODS,
    all_result_urls,
    corpus_fixture,
    result_urls,
    search,
    soup,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

corpus = corpus_fixture()


def found_as_typed(word):
    """The pages Wagtail's search finds for the word alone, without the word list."""
    return list(searchable_pages().search(word))


def widened(response):
    return " ".join(p.text for p in soup(response).select(".search-widened"))


def story_in_corpus(corpus, **fields):
    """A published case story of the test's own, below the corpus's municipality."""
    municipality = corpus.page("verksteder").get_parent()
    return factories.CaseStoryPageFactory(parent=municipality, **fields)


@pytest.mark.parametrize(
    "forms",
    [
        ("kulturskolene", "kulturskolen", "kulturskole"),
        ("metodene", "metoder", "metode"),
        ("kommunene", "kommuner", "kommune"),
        ("elevene", "elever", "elev"),
    ],
)
def test_inflected_forms_find_the_same_pages(client, corpus, forms):
    found = [all_result_urls(client, form) for form in forms]
    assert found[0], forms
    assert all(urls == found[0] for urls in found), forms
    # None of them was widened: each form is the same word to PostgreSQL.
    assert not any(understand(form).widened_terms for form in forms)


def test_a_typo_finds_what_the_right_spelling_finds(client, corpus):
    right = set(all_result_urls(client, "samskaping"))
    response = search(client, q="samskapning")
    assert right and right <= set(all_result_urls(client, "samskapning"))
    assert "«samskapning» som «samskaping»" in widened(response)


@pytest.mark.parametrize(
    "typo, name",
    [
        ("interessentkartleging", "interessentkartlegging"),
        ("verdenskaffe", "verdenskafe"),
        ("medvirkningsbudjett", "medvirkningsbudsjett"),
    ],
)
def test_a_misspelt_method_name_still_finds_the_method_first(client, corpus, typo, name):
    assert not found_as_typed(typo)
    assert result_urls(search(client, q=typo))[0] == corpus.url(name)


def test_a_compound_finds_pages_about_its_parts(client, corpus):
    assert not found_as_typed("samskapingsmetoder")
    response = search(client, q="samskapingsmetoder")
    assert "«samskapingsmetoder» som «samskaping + metoder»" in widened(response)
    parts = set(all_result_urls(client, "samskaping metode"))
    assert corpus.url("ks_modell") in parts
    assert set(all_result_urls(client, "samskapingsmetoder")) == parts


def test_a_word_found_only_inside_compounds_finds_the_compounds(client, corpus):
    assert not found_as_typed("interessentene")
    response = search(client, q="kartlegge interessentene")
    assert "«interessentene» som «interessentkartlegging»" in widened(response)
    assert result_urls(response)[0] == corpus.url("interessentkartlegging")


def test_a_compound_is_split_into_as_few_indexed_words_as_possible(corpus):
    assert understand("barnehagemusikkverksted").terms[0].alternatives == [
        ["barnehage", "musikk", "verksted"]
    ]
    # "kulturskolelærer" occurs in a story, so it stays whole.
    assert understand("kulturskolelærermedvirkning").terms[0].alternatives == [
        ["kulturskolelærer", "medvirkning"]
    ]


def test_a_known_word_is_left_alone(corpus):
    assert not understand("kulturskolene samskaping").widened_terms


@pytest.mark.parametrize("name", list(METHODS))
def test_a_query_naming_a_method_puts_it_first(client, corpus, name):
    title = METHODS[name][0]
    urls = result_urls(search(client, q=title))
    assert urls[0] == corpus.url(name), title


def test_a_method_named_by_the_query_outranks_newer_pages_named_alike(client, corpus):
    copies = [story_in_corpus(corpus, title=f"Verdenskafé nr. {number}") for number in range(3)]
    # Newest first, the copies would come before the method.
    assert max(copy.pk for copy in copies) > corpus.page("verdenskafe").pk
    urls = result_urls(search(client, q="verdenskafe"))
    assert len(urls) == 4
    assert urls[0] == corpus.url("verdenskafe")


def test_a_page_with_more_of_the_query_ranks_higher(client, corpus):
    # No page has all three words; the one with two of them comes first, and the search
    # says that none had them all.
    response = search(client, q="generasjonskoret sykehjemmet lederkonferansen")
    urls = result_urls(response)
    assert urls[0] == corpus.url("generasjonskoret")
    assert set(urls) == {corpus.url("generasjonskoret"), corpus.url("lederkonferansen")}
    assert "Ingen sider inneholder alle ordene" in widened(response)


def test_an_advisers_synonym_finds_what_the_word_does_not(client, corpus):
    assert not result_urls(search(client, q="pensjonister"))
    Synonym.objects.create(word="pensjonist", synonyms="eldre, sykehjem")
    response = search(client, q="pensjonistene")
    assert result_urls(response)[0] == corpus.url("generasjonskoret")
    assert "«pensjonistene» (eldre, sykehjem)" in widened(response)


def test_title_and_summary_weigh_more_than_body_text(client, corpus):
    # "SoImpact" is in a method's title, in the summaries of an event and a case story, and
    # in the steps of another method: they come in that order.
    urls = result_urls(search(client, q="soimpact"))
    assert urls[0] == corpus.url("soimpact")
    assert set(urls[1:3]) == {corpus.url("sosial_verdi"), corpus.url("generasjonskoret")}
    assert urls[3:] == [corpus.url("ks_modell")]


def test_a_word_found_through_one_of_many_synonyms_counts_as_the_word(client, corpus):
    # Each form of a word is ranked on its own: with all of them in one query, PostgreSQL
    # divided a page's rank by how many forms there were, so the story that has a synonym
    # and the other word (both in its body) came after the method with the other word alone.
    Synonym.objects.create(word="konsert", synonyms="forestilling, framføring, oppsetning, show")
    story = story_in_corpus(
        corpus,
        title="Vårslipp",
        summary="Elevene inviterte familiene.",
        body=[paragraph("<p>En forestilling med trommer.</p>")],
    )
    method = factories.MethodPageFactory(title="Rytmeverksted", summary="Trommer for alle.")
    urls = result_urls(search(client, q="konsert trommer"))
    assert urls[:2] == [story.url, method.url]


def test_a_word_naming_a_kind_of_page_counts_as_a_weak_word(corpus):
    understood = understand("verktøy for samskaping")
    verktøy, samskaping = understood.searched_terms
    assert understood.kind_wanted == "metode"
    # As much as a weak word that as many pages have; "samskaping" counts in full.
    assert understood.weight(verktøy) == understood.weight(Term("få", pages=verktøy.pages))
    assert understood.weight(samskaping) == understood.weight(Term("x", pages=samskaping.pages))
    assert understood.weight(samskaping) > understood.weight(Term("få", pages=samskaping.pages))


def test_a_storys_results_are_searchable(client, corpus):
    result = factories.CaseStoryResultFactory.build(
        target_group="Kommunestyret", intended_change="Politikerne kjenner kulturskolen"
    )
    story = story_in_corpus(corpus, results=[result])
    assert result_urls(search(client, q="kommunestyret")) == [story.url]


def test_a_methods_facts_weigh_as_its_summary(client, corpus):
    # The source is one of a method's facts: it outranks a story that names it twice in
    # its text.
    story = story_in_corpus(
        corpus,
        title="Verksted i skolen",
        body=[paragraph("<p>Vi leste om Nesta. Nesta har mange gode råd.</p>")],
    )
    method = factories.MethodPageFactory(title="Rollekort", source_title="Nesta: DIY Toolkit")
    assert result_urls(search(client, q="nesta")) == [method.url, story.url]


def test_a_group_size_in_words_finds_the_methods_for_it(client, corpus):
    # «et stort møte»: the numbers «15–200 deltakere» say so, the words «store grupper» too.
    large = factories.MethodPageFactory(
        title="Allmøte", summary="Alle i rommet.", participants_min=15, participants_max=200
    )
    small = factories.MethodPageFactory(
        title="Parsamtale", summary="Alle i rommet.", participants_min=2, participants_max=4
    )
    urls = all_result_urls(client, "stort møte for alle i rommet")
    assert urls.index(large.url) < urls.index(small.url)


def test_a_word_in_the_title_counts_more_than_in_a_summary(client, corpus):
    # Both methods have the three words; the one with "trommekurs" in its title has
    # "nybegynnere" (a common word here) only in its steps, the other has all three in its
    # summary.
    for number in range(4):
        factories.MethodPageFactory(title=f"Samspill {number}", summary="For nybegynnere.")
    in_title = factories.MethodPageFactory(
        title="Trommekurs",
        summary="Slik kan dere teste et opplegg.",
        steps=[step("Inviter", "Spør noen nybegynnere om å være med.")],
    )
    in_summary = factories.MethodPageFactory(
        title="Rytmeleik", summary="Dere kan teste et trommekurs med nybegynnere."
    )
    urls = result_urls(search(client, q="teste trommekurs nybegynnere"))
    assert urls[:2] == [in_title.url, in_summary.url]


def test_an_advisers_synonym_may_be_a_phrase(client, corpus):
    Synonym.objects.create(word="typiske brukere", synonyms="personas")
    personas = factories.MethodPageFactory(title="Personas", summary="Tenkte personer.")
    understood = understand("lage typiske brukeren")
    assert [term.synonyms for term in understood.terms] == [[], ["personas"], ["personas"]]
    assert not understand("brukere").terms[0].synonyms
    assert result_urls(search(client, q="lage typiske brukere"))[0] == personas.url


@pytest.mark.parametrize(("word", "form"), [("langt", "lang"), ("partnerne", "partnere")])
def test_forms_the_stemmer_keeps_apart_find_each_other(client, corpus, word, form):
    with_word = story_in_corpus(corpus, summary=f"Vi og {word}.")
    with_form = story_in_corpus(corpus, summary=f"Vi og {form}.")
    response = search(client, q=word)
    assert {with_word.url, with_form.url} <= set(all_result_urls(client, word))
    assert f"«{word}» som «{form}»" in widened(response)


def test_a_compound_in_a_title_counts_as_the_word_it_begins_with(client, corpus):
    # "Partnerskapskart" names what the word is about; a summary that mentions it comes
    # after.
    compound = factories.MethodPageFactory(
        title="Partnerskapskart",
        summary="Et kart over hvem som gjør hva.",
        steps=[step("Tegn", "Tegn hvert partnerskap på kartet.")],
    )
    mentioned = factories.MethodPageFactory(title="Rollekort", summary="Partnerskap i praksis.")
    assert result_urls(search(client, q="partnerskap"))[:2] == [compound.url, mentioned.url]


def test_a_compound_in_a_title_counts_as_the_word_it_ends_with(client, corpus):
    # A "kommuneplan" is a plan: the story with one in its title comes before a method
    # with the word in its summary, which weighs more than the story's paragraph.
    compound = story_in_corpus(
        corpus,
        title="Kulturskolen i kommuneplanen",
        summary="Et vedtak.",
        body=[paragraph("<p>Planer må følges opp.</p>")],
    )
    mentioned = factories.MethodPageFactory(title="Rollekort", summary="Lag planer for rollene.")
    assert result_urls(search(client, q="planer"))[:2] == [compound.url, mentioned.url]


def test_a_long_list_of_ids_selects_what_a_short_one_does(corpus):
    # Over ESTIMATED_IDS ids the comparison is written for the planner not to estimate
    # them one by one; it must select the same rows.
    some = list(searchable_pages().values_list("pk", flat=True)[:3])
    no_page = range(10**9, 10**9 + ESTIMATED_IDS)  # ids no page has
    short = PageFacet.objects.filter(among("page_id", some))
    long = PageFacet.objects.filter(among("page_id", [*some, *no_page]))
    assert "+ 0" in str(long.query) and "+ 0" not in str(short.query)
    assert sorted(long.values_list("pk", flat=True)) == sorted(short.values_list("pk", flat=True))
    assert short.exists()


def test_the_connection_plans_no_parallel_workers():
    """kb.settings.base: the site's short queries ran slower with them."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)
