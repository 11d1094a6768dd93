"""Cards are rendered once between two publishes (kb.core.cards) and never shown stale: a
publish, a changed image and a new day each give fresh cards at once."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import FeaturedStory

from . import factories
from .helpers import soup_of

pytestmark = pytest.mark.django_db

CARD_TEMPLATES = {
    "includes/method_card.html",
    "includes/story_card.html",
    "includes/event_card.html",
    "includes/page_card.html",
    "includes/theme_card.html",
}


def cards_rendered(response):
    return [t.name for t in response.templates if t.name in CARD_TEMPLATES]


def card_titles(response):
    return [title.get_text(strip=True) for title in soup_of(response).select(".card__title")]


def card_images(response):
    return soup_of(response).select(".card img")


@pytest.fixture
def story():
    return factories.CaseStoryPageFactory(
        title="Korps i barnehagen", image=factories.KbImageFactory()
    )


def test_a_listing_renders_its_cards_once_and_reads_them_from_the_cache_after(client):
    factories.MethodPageFactory.create_batch(3)
    first = client.get("/metoder/")
    assert len(cards_rendered(first)) == 3
    again = client.get("/metoder/")
    assert cards_rendered(again) == []
    assert again.content == first.content


def test_a_listing_with_its_cards_kept_reads_only_their_ids(client):
    """The stories' fields and images are read only for cards missing from the cache."""
    municipality = factories.MunicipalityPageFactory()
    for title in ("Korps i barnehagen", "Dans på biblioteket"):
        factories.CaseStoryPageFactory(
            parent=municipality, title=title, image=factories.KbImageFactory()
        )
    first = client.get("/erfaringer/")
    with CaptureQueriesContext(connection) as again:
        response = client.get("/erfaringer/")
    assert card_titles(response) == card_titles(first)
    assert sorted(card_titles(response)) == ["Dans på biblioteket", "Korps i barnehagen"]
    read = [query["sql"] for query in again.captured_queries]
    assert not [sql for sql in read if '"cases_casestorypage"."summary"' in sql], read
    assert not [sql for sql in read if "core_kbimage" in sql], read


def test_each_process_keeps_its_own_copy_of_the_cards(client):
    factories.MethodPageFactory()
    client.get("/metoder/")
    cache.clear()  # the shared cache only (Redis restarted, say)
    assert cards_rendered(client.get("/metoder/")) == []


def test_a_published_change_is_on_every_card_at_once(client, story, home):
    home.featured_stories = [FeaturedStory(page=story)]
    home.save_revision().publish()
    assert "Korps i barnehagen" in card_titles(client.get("/erfaringer/"))
    assert "Korps i barnehagen" in card_titles(client.get("/"))
    story.title = "Korps og kor i barnehagen"
    story.save_revision().publish()
    for url in ("/erfaringer/", "/", story.get_parent().url):
        titles = card_titles(client.get(url))
        assert "Korps og kor i barnehagen" in titles, url
        assert "Korps i barnehagen" not in titles, url


def test_a_draft_changes_no_card(client, story):
    client.get("/erfaringer/")
    story.title = "Utkast"
    story.save_revision()
    assert "Korps i barnehagen" in card_titles(client.get("/erfaringer/"))


def test_an_image_saved_in_the_admin_gives_fresh_cards(client, story):
    assert len(card_images(client.get("/erfaringer/"))) == 1
    image = story.image
    image.consent_confirmed = False
    image.save()
    assert card_images(client.get("/erfaringer/")) == []


def test_the_day_a_consent_lapses_the_image_leaves_the_cached_card(client, story, monkeypatch):
    today = timezone.localdate()
    image = story.image
    image.consent_valid_until = today
    image.save()
    assert len(card_images(client.get("/erfaringer/"))) == 1
    monkeypatch.setattr(timezone, "localdate", lambda: today + datetime.timedelta(days=1))
    assert card_images(client.get("/erfaringer/")) == []
