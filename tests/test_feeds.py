"""The RSS and Atom feeds (kb/feeds): their items, per theme and per type, without drafts or
restricted pages, and the <link rel="alternate"> that points to them from the pages."""

import datetime

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from wagtail.models import PageViewRestriction

from kb.cases.models import CaseStoryPage

from . import factories
from .helpers import built_once_for_the_module

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def item_titles(client, url):
    return [item.findtext("title") for item in rss_items(client, url)[1]]


def make_content():
    music = factories.ThemeFactory(name="Musikk")
    dance = factories.ThemeFactory(name="Dans")
    method = factories.MethodPageFactory(title="Verdenskafé", themes=[music])
    story = factories.CaseStoryPageFactory(title="Band på biblioteket", themes=[music, dance])
    event = factories.EventPageFactory(title="Lederkonferansen", themes=[dance])
    factories.MethodPageFactory(title="Hemmelig utkast", themes=[music], draft=True)
    private = factories.CaseStoryPageFactory(title="Bare for medlemmer", themes=[music])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    # Published in a known order: the story first, the event last.
    for days, page in enumerate([story, method, event]):
        page.first_published_at = datetime.datetime(2025, 1, 1 + days, tzinfo=datetime.UTC)
        page.save(update_fields=["first_published_at"])
    return {"music": music, "method": method, "story": story, "event": event}


content_made_once, content = built_once_for_the_module("content", make_content)


def test_everything_new_newest_first_without_drafts_or_restricted_pages(client, content):
    channel, items = rss_items(client, "/feed/")
    assert channel.findtext("title") == "Nytt i Samskapingsbanken"
    assert channel.findtext("language") == "nb"
    assert [item.findtext("title") for item in items] == [
        "Lederkonferansen",
        "Verdenskafé",
        "Band på biblioteket",
    ]
    story = items[2]
    assert story.findtext("link") == content["story"].get_full_url()
    assert story.findtext("link").startswith("http://localhost/")  # the site's own address
    assert story.findtext("description") == content["story"].summary
    assert sorted(category.text for category in story.findall("category")) == ["Dans", "Musikk"]
    assert story.findtext("pubDate").endswith("2025 00:00:00 +0000")


def test_feed_per_theme(client, content):
    assert item_titles(client, "/feed/tema/musikk/") == ["Verdenskafé", "Band på biblioteket"]
    assert item_titles(client, "/feed/tema/dans/") == ["Lederkonferansen", "Band på biblioteket"]
    assert client.get("/feed/tema/finnes-ikke/").status_code == 404


def test_feed_per_type(client, content):
    assert item_titles(client, "/feed/metoder/") == ["Verdenskafé"]
    assert item_titles(client, "/feed/erfaringer/") == ["Band på biblioteket"]
    assert item_titles(client, "/feed/arrangementer/") == ["Lederkonferansen"]
    assert client.get("/feed/kommuner/").status_code == 404


def test_atom_feeds(client, content):
    for url in ("/feed/atom/", "/feed/tema/musikk/atom/", "/feed/metoder/atom/"):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ElementTree.fromstring(response.content)
        entries = feed.findall(f"{ATOM}entry")
        assert entries, url
        assert all(entry.find(f"{ATOM}updated") is not None for entry in entries)
    feed = ElementTree.fromstring(client.get("/feed/atom/").content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Lederkonferansen", "Verdenskafé", "Band på biblioteket"]


def alternate_feeds(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        link["href"]
        for link in soup.head.select('link[rel="alternate"][type="application/rss+xml"]')
    ]


def test_pages_link_their_feeds_in_the_head(client, content, method_index, theme_index):
    assert alternate_feeds(client, "/") == ["/feed/"]
    assert alternate_feeds(client, method_index.url) == ["/feed/", "/feed/metoder/"]
    assert alternate_feeds(client, content["story"].url) == ["/feed/", "/feed/erfaringer/"]
    assert alternate_feeds(client, content["story"].get_parent().url) == [
        "/feed/",
        "/feed/erfaringer/",
    ]
    assert alternate_feeds(client, content["event"].url) == ["/feed/", "/feed/arrangementer/"]
    assert alternate_feeds(client, theme_index.theme_url("musikk")) == [
        "/feed/",
        "/feed/tema/musikk/",
    ]
    # Every linked feed answers.
    for url in ("/feed/metoder/", "/feed/erfaringer/", "/feed/arrangementer/"):
        assert client.get(url).status_code == 200


def test_a_story_unpublished_leaves_the_feed(client, content):
    CaseStoryPage.objects.get(pk=content["story"].pk).unpublish()
    assert "Band på biblioteket" not in item_titles(client, "/feed/")
