"""The word list the search page widens queries with holds only words of live, public,
searchable pages: the «Søket tok også med … som …» line shows its words to anyone, so a word
must leave it the moment its last page leaves the public (unpublished, deleted, made
private, moved below a private page, or published again without it). Runs on SQLite and,
with DATABASE_URL, on PostgreSQL (the stems differ, the rule does not)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

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
