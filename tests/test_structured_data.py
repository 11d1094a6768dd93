"""What pages tell other sites: robots.txt, the sitemap on the configured host, Open Graph
(with a rendition as the image) and schema.org JSON-LD, parsed and checked for the
properties schema.org's and Google's documentation require for HowTo, Event and Article."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Site

from kb.core.models import SharingSettings

from . import factories
from .factories import session
from .helpers import REAL_SITE_URL as REAL

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(client, url):
    scripts = head(client, url).find_all("script", type="application/ld+json")
    assert len(scripts) == 1, url
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    return data


def open_graph(client, url):
    return {
        tag["property"]: tag["content"]
        for tag in head(client, url).find_all("meta", property=True)
        if tag["property"].startswith("og:")
    }


def is_iso_datetime(value):
    return datetime.datetime.fromisoformat(value).tzinfo is not None


def test_robots_txt_points_at_the_real_sitemap_and_keeps_out_admin_and_search(client, real_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert {"Disallow: /admin/", "Disallow: /sok/"} <= set(lines)
    assert f"Sitemap: {REAL}/sitemap.xml" in lines
    # The sitemap it names is the site's own, and its entries are on the same host.
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in sitemap.findall("s:url/s:loc", namespace)]
    assert locations and all(location.startswith(f"{REAL}/") for location in locations)


def test_sitemap_entries_on_the_configured_host_without_drafts(client, real_site):
    method = factories.MethodPageFactory()
    draft = factories.MethodPageFactory(draft=True)
    story = factories.CaseStoryPageFactory()
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in sitemap.findall("s:url/s:loc", namespace)}
    assert {f"{REAL}{method.url}", f"{REAL}{story.url}"} <= locations
    assert f"{REAL}/metoder/{draft.slug}/" not in locations


def test_a_method_is_a_howto_with_its_steps(client, real_site):
    music = factories.ThemeFactory(name="Musikk")
    method = factories.MethodPageFactory(title="Verdenskafé", themes=[music])
    data = json_ld(client, method.url)
    # schema.org/Google: a HowTo needs its name and its steps, each step its text.
    assert data["@type"] == "HowTo"
    assert data["name"] == "Verdenskafé"
    steps = data["step"]
    assert [step["@type"] for step in steps] == ["HowToStep"] * 3
    assert all(step["text"] and step["name"] for step in steps)
    assert steps[0]["text"] == "Send invitasjon til elever, foresatte og lag."
    assert steps[1]["url"] == f"{REAL}{method.url}#steg-2"
    assert data["url"] == f"{REAL}{method.url}"
    assert data["isBasedOn"]["url"] == method.source_url
    # The step's anchor exists on the page.
    soup = BeautifulSoup(client.get(method.url).content, "html.parser")
    assert soup.find(id="steg-2") is not None


def test_an_event_has_what_google_requires(client, real_site):
    event = factories.EventPageFactory(
        title="Lederkonferansen",
        start_date=datetime.date(2026, 1, 14),
        location="Stormen, Bodø",
        organisers=[factories.EventOrganiserFactory.build(name="KS Nord", role="arrangor")],
        programme=[
            session(start=datetime.time(10), end=datetime.time(11)),
            session(start=datetime.time(12), end=datetime.time(15, 30)),
        ],
    )
    data = json_ld(client, event.url)
    assert data["@type"] == "Event"
    assert data["name"] == "Lederkonferansen"
    # Google: name, startDate and location (a Place with an address) are required.
    assert data["startDate"] == "2026-01-14T10:00:00+01:00"
    assert data["endDate"] == "2026-01-14T15:30:00+01:00"
    assert is_iso_datetime(data["startDate"])
    assert data["location"] == {
        "@type": "Place",
        "name": "Stormen, Bodø",
        "address": "Stormen, Bodø",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["organizer"] == [{"@type": "Organization", "name": "KS Nord"}]


def test_a_digital_event_has_a_virtual_location(client, real_site):
    event = factories.EventPageFactory(
        title="Digital formiddagskaffe", is_digital=True, location="", programme=[]
    )
    data = json_ld(client, event.url)
    assert data["location"] == {"@type": "VirtualLocation", "url": f"{REAL}{event.url}"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["startDate"] == event.start_date.isoformat()  # a date: all day


def test_a_story_is_an_article_with_its_image_as_a_rendition(client, real_site):
    story = factories.CaseStoryPageFactory(title="Band på biblioteket", detailed=True)
    data = json_ld(client, story.url)
    assert data["@type"] == "Article"
    # Google recommends headline (at most 110 characters), image, dates, author.
    assert data["headline"] == "Band på biblioteket"
    assert is_iso_datetime(data["datePublished"]) and is_iso_datetime(data["dateModified"])
    assert data["author"] == {"@type": "Organization", "name": story.culture_school}
    assert data["author"]["name"] and data["publisher"]["name"] == "Norsk kulturskoleråd Nordland"
    [image] = data["image"]
    assert image.startswith(f"{REAL}/media/images/") and ".fill-1200x630" in image
    assert data["contentLocation"]["name"] == story.get_parent().title

    og = open_graph(client, story.url)
    assert og["og:type"] == "article"
    assert og["og:title"] == "Band på biblioteket"
    assert og["og:description"] == story.summary
    assert og["og:url"] == f"{REAL}{story.url}"
    assert og["og:image"] == image
    assert og["og:locale"] == "nb_NO"


def test_json_ld_cannot_be_broken_out_of(client, real_site):
    method = factories.MethodPageFactory(title="Slutt </script><script>alert(1)</script>")
    scripts = head(client, method.url).find_all("script")
    assert [script.get("type") for script in scripts] == ["application/ld+json"]
    assert json.loads(scripts[0].string)["name"] == method.title


def test_pages_without_a_type_have_open_graph_but_no_json_ld(client, real_site, theme_index):
    factories.ThemeFactory(name="Musikk", description="Alt om musikk.")
    assert head(client, "/").find("script", type="application/ld+json") is None
    og = open_graph(client, "/")
    assert og["og:type"] == "website" and og["og:url"] == f"{REAL}/"
    og = open_graph(client, theme_index.theme_url("musikk"))
    assert og["og:title"] == "Musikk"
    assert og["og:description"] == "Alt om musikk."
    assert og["og:url"] == f"{REAL}/tema/musikk/"


def test_pages_without_an_image_share_the_sites_image(client, real_site):
    method = factories.MethodPageFactory()
    assert "og:image" not in open_graph(client, method.url)
    setting = SharingSettings.for_site(Site.objects.get(is_default_site=True))
    setting.default_image = factories.KbImageFactory()
    setting.save()  # changes the content version: seen at once
    image = open_graph(client, method.url)["og:image"]
    assert image.startswith(f"{REAL}/media/images/") and ".fill-1200x630" in image
    assert open_graph(client, "/")["og:image"] == image
    # A story's own image comes first.
    story = factories.CaseStoryPageFactory(detailed=True)
    assert open_graph(client, story.url)["og:image"] != image


def test_the_sites_image_needs_credit_and_consent(db):
    setting = SharingSettings(default_image=factories.KbImageFactory(without_consent=True))
    with pytest.raises(ValidationError):
        setting.clean()


def test_a_published_change_is_shared_at_once_and_a_preview_shows_the_draft(client, real_site, rf):
    """The entries come from the cache between two publishes, never in a preview."""
    story = factories.CaseStoryPageFactory(title="Band på biblioteket")
    assert open_graph(client, story.url)["og:title"] == "Band på biblioteket"
    story.title = "Band og kor på biblioteket"
    preview = story.make_preview_request(rf.get("/"))
    assert (
        BeautifulSoup(preview.content, "html.parser").head.find("meta", property="og:title")[
            "content"
        ]
        == "Band og kor på biblioteket"
    )
    assert open_graph(client, story.url)["og:title"] == "Band på biblioteket"  # a draft
    story.save_revision().publish()
    assert open_graph(client, story.url)["og:title"] == "Band og kor på biblioteket"


def test_the_day_a_consent_lapses_the_image_is_no_longer_shared(client, real_site, monkeypatch):
    story = factories.CaseStoryPageFactory(image=factories.KbImageFactory())
    today = timezone.localdate()
    story.image.consent_valid_until = today
    story.image.save()
    assert "og:image" in open_graph(client, story.url)
    monkeypatch.setattr(timezone, "localdate", lambda: today + datetime.timedelta(days=1))
    assert "og:image" not in open_graph(client, story.url)


def test_an_image_whose_file_is_missing_is_left_out_not_an_error(client, real_site, caplog):
    """A database restored before its media files, or a file lost in the storage: the pages
    still open, and share no image (Wagtail's image tags show a broken image in the page)."""
    story = factories.CaseStoryPageFactory(image=factories.KbImageFactory(), detailed=True)
    story.image.file.storage.delete(story.image.file.name)
    # The story and its municipality's page, which shows it as a card.
    for url in (story.url, story.get_parent().url):
        assert client.get(url).status_code == 200, url
    assert "og:image" not in open_graph(client, story.url)
    assert "image" not in json_ld(client, story.url)
    # Whoever runs the site learns of it.
    assert f"its file {story.image.file.name} is missing" in caplog.text
    # The site's own image, when that one is gone, is not shared either.
    setting = SharingSettings.for_site(Site.objects.get(is_default_site=True))
    setting.default_image = factories.KbImageFactory()
    setting.save()
    setting.default_image.file.storage.delete(setting.default_image.file.name)
    method = factories.MethodPageFactory()
    assert "og:image" not in open_graph(client, method.url)
