"""The word list the search page widens queries with holds only words of live, public,
searchable pages: the «Søket tok også med … som …» line shows its words to anyone, so a word
must leave it the moment its last page leaves the public (unpublished, deleted, made
private, moved below a private page, or published again without it). Runs on SQLite and,
with DATABASE_URL, on PostgreSQL (the stems differ, the rule does not)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from search import vocabulary
from search.filing import searchable_pages
from search.models import IndexedWord, PageWords

from . import factories
from .search_support import search, soup

pytestmark = pytest.mark.django_db

# Found in no other page: the query «kvakkelump» is widened to it, as the compound it heads.
RARE = "kvakkelumpverkstedet"
QUERY = "kvakkelump"


def widened(client):
    return " ".join(p.text for p in soup(search(client, q=QUERY)).select(".search-widened"))


def listed(word):
    return IndexedWord.objects.filter(word=word).exists()


def page_with_the_word(title="Hemmelig metode", **kwargs):
    return factories.MethodPageFactory(title=title, summary=f"Om {RARE} i kulturskolen.", **kwargs)


def test_a_published_pages_word_is_offered(client):
    page = page_with_the_word()
    assert listed(RARE)
    assert RARE in PageWords.objects.get(page=page).words.split()
    assert f"«{QUERY}» som «{RARE}»" in widened(client)


def test_a_drafts_word_is_never_offered(client):
    page_with_the_word(draft=True)
    assert not listed(RARE)
    assert RARE not in widened(client)


def unpublish(page):
    page.unpublish()


def delete(page):
    page.delete()


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


def move_below_a_private_page(page):
    hidden = factories.StandardPageFactory(title="Lukket")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    page.move(hidden, pos="last-child")


def publish_without_the_word(page):
    page.summary = "Om noe helt annet."
    page.save_revision().publish()


@pytest.mark.parametrize(
    "hide", [unpublish, delete, make_private, move_below_a_private_page, publish_without_the_word]
)
def test_a_word_leaves_the_list_with_its_last_public_page(client, hide):
    page = page_with_the_word()
    assert RARE in widened(client)
    hide(page)
    assert not listed(RARE)
    text = search(client, q=QUERY).text
    assert RARE not in text


def test_a_word_stays_while_another_public_page_has_it(client):
    first = page_with_the_word()
    second = page_with_the_word(title="Hemmelig metode to")
    assert IndexedWord.objects.get(word=RARE).page_count == 2
    first.unpublish()
    assert IndexedWord.objects.get(word=RARE).page_count == 1
    assert f"«{QUERY}» som «{RARE}»" in widened(client)
    second.unpublish()
    assert not listed(RARE)


def test_making_a_page_public_again_brings_its_words_back(client):
    page = page_with_the_word()
    make_private(page)
    assert not listed(RARE)
    PageViewRestriction.objects.filter(page=page).delete()
    assert listed(RARE)
    assert f"«{QUERY}» som «{RARE}»" in widened(client)


def test_the_rebuild_lists_only_public_pages_and_the_list_then_follows_them(client):
    page = page_with_the_word()
    page_with_the_word(title="Hemmelig utkast", draft=True)
    call_command("update_index", stdout=io.StringIO())
    assert IndexedWord.objects.get(word=RARE).page_count == 1
    page.unpublish()
    assert not listed(RARE)


def test_the_list_has_the_words_the_database_backend_indexes():
    """The word list reads the pages' search fields as Wagtail does to index them: the same
    words as the database backend's index, for every searchable type (related objects,
    StreamFields and the facts of search_text() included)."""
    theme = factories.ThemeFactory(name="Tema om fjellkvakk")
    method = factories.MethodPageFactory(themes=[theme])
    factories.CaseStoryPageFactory(detailed=True, themes=[theme])
    factories.EventPageFactory()
    postgresql = connection.vendor == "postgresql"
    columns = ("title_text", "body_text") if postgresql else ("title", "body")
    pages = searchable_pages()
    # The pages' entries only: themes are indexed too, with ids of their own.
    entries = IndexEntry.objects.filter(content_type_id__in=pages.values("content_type_id"))
    indexed = {
        int(object_id): vocabulary.words_in(" ".join(text or "" for text in texts))
        for object_id, *texts in entries.values_list("object_id", *columns)
    }
    read = dict(vocabulary.words_per_page(pages))
    assert sorted(read) == sorted(pages.values_list("pk", flat=True))
    assert "fjellkvakk" in read[method.pk]  # the theme's name, a related object's field
    for page_id, words in read.items():
        # The database backend indexes an empty field as the word "None".
        assert words == indexed[page_id] - {"none"}


def test_the_list_needs_nothing_from_the_database_backends_index(client):
    """With OPENSEARCH_URL the database backend's index tables stay empty: the rebuild and
    a publish still bring the pages' words."""
    page = page_with_the_word()
    IndexEntry.objects.all().delete()
    vocabulary.rebuild(searchable_pages())
    assert listed(RARE)
    page.unpublish()
    assert not listed(RARE)
    page.save_revision().publish()
    IndexEntry.objects.all().delete()
    vocabulary.update_words_of([page.pk])
    assert listed(RARE)
    assert f"«{QUERY}» som «{RARE}»" in widened(client)


def test_reading_the_words_of_pages_does_not_query_per_page():
    """What the pages' search fields name is read with the pages (the themes: ThemedPage,
    a story's municipality: CaseStoryPage.get_indexed_objects), for the word list's rebuild
    and for Wagtail's update_index alike."""
    theme = factories.ThemeFactory(name="Tema om fjellkvakk")
    municipality = factories.MunicipalityPageFactory(title="Kvakkvik")

    def queries_to_read(count):
        pages = [factories.MethodPageFactory(themes=[theme]) for _ in range(count)]
        pages += [
            factories.CaseStoryPageFactory(parent=municipality, detailed=True, themes=[theme])
            for _ in range(count)
        ]
        with CaptureQueriesContext(connection) as queries:
            words = dict(vocabulary.words_per_page(searchable_pages()))
        assert all("fjellkvakk" in words[page.pk] for page in pages)
        assert all("kvakkvik" in words[page.pk] for page in pages[count:])
        return len(queries)

    assert queries_to_read(1) == queries_to_read(4)
