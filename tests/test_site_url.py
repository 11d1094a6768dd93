"""SITE_URL is the one real address: `setup_site` writes it into Wagtail's default Site, and
the sitemap, canonical links and the links in e-mails follow it, never localhost."""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import Site

from kb.core.site_url import SiteUrlError, site_address

from . import factories
from .helpers import REAL_SITE_URL as REAL

pytestmark = pytest.mark.django_db


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.fromstring(response.content)
    return [loc.text for loc in root.findall("s:url/s:loc", namespace)]


def canonical(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    links = BeautifulSoup(response.content, "html.parser").find_all("link", rel="canonical")
    assert len(links) == 1, url
    return links[0]["href"]


def test_the_command_sets_the_default_site_and_changes_nothing_the_second_time(settings):
    settings.SITE_URL = REAL
    call_command("setup_site", stdout=None)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("samskaping.example.no", 443, REAL)
    before = Site.objects.values().get(pk=site.pk)
    call_command("setup_site", stdout=None)
    assert Site.objects.count() == 1
    assert Site.objects.values().get(pk=site.pk) == before


def test_the_sitemap_uses_the_real_address(client, real_site):
    method = factories.MethodPageFactory()
    theme = factories.ThemeFactory()
    locations = sitemap_locations(client)
    assert f"{REAL}{method.url}" in locations
    assert f"{REAL}/tema/{theme.slug}/" in locations
    assert all(location.startswith(f"{REAL}/") for location in locations)
    assert not any("localhost" in location for location in locations)


def test_pages_name_their_canonical_address(client, real_site):
    method = factories.MethodPageFactory()
    theme = factories.ThemeFactory()
    assert canonical(client, "/") == f"{REAL}/"
    assert canonical(client, method.url) == f"{REAL}{method.url}"
    # A filtered listing is the same page; a theme's own page is its own.
    assert canonical(client, "/metoder/?tema=x") == f"{REAL}/metoder/"
    assert canonical(client, f"/tema/{theme.slug}/") == f"{REAL}/tema/{theme.slug}/"


def test_the_published_e_mail_links_to_the_real_address(real_site, editor, adviser_client):
    story = factories.CaseStoryPageFactory(
        parent=editor.municipality, draft=True, owner=editor, image=None
    )
    story.get_workflow().start(story, editor)
    mail.outbox.clear()
    task_state = story.current_workflow_task_state
    response = adviser_client.post(
        f"/admin/pages/workflow/action/{story.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    story.refresh_from_db()
    (message,) = [m for m in mail.outbox if editor.email in m.to]
    assert message.subject.startswith("Publisert:")
    assert f"Se siden: {REAL}{story.url}" in message.body
    assert f"Rediger siden: {REAL}/admin/pages/{story.pk}/edit/" in message.body
    assert "localhost" not in message.body


def test_admin_e_mails_default_to_site_url(monkeypatch):
    from .test_settings import load_settings

    settings = load_settings(monkeypatch, "kb.settings.dev", SITE_URL=f"{REAL}/")
    assert settings["SITE_URL"] == REAL
    assert settings["WAGTAILADMIN_BASE_URL"] == REAL


@pytest.mark.parametrize(
    "url",
    [
        "",
        "samskaping.example.no",
        "ftp://samskaping.example.no",
        "https://samskaping.example.no/banken/",
        "https://samskaping.example.no:8443",
        "http://samskaping.example.no:443",
        "http://samskaping.example.no:99999",
        "http://[::1]:8000",
    ],
)
def test_a_bad_site_url_is_refused_with_a_message(settings, url):
    settings.SITE_URL = url
    with pytest.raises(CommandError, match="SITE_URL"):
        call_command("setup_site", stdout=None)
    assert Site.objects.get(is_default_site=True).hostname == "localhost"


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://Samskaping.Example.no/", ("samskaping.example.no", 443)),
        ("https://samskaping.example.no:443", ("samskaping.example.no", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://localhost", ("localhost", 80)),
    ],
)
def test_site_address(url, address):
    assert site_address(url) == address


def test_site_address_error_is_a_value_error():
    with pytest.raises(SiteUrlError):
        site_address("nettsted")
