"""The full-page cache (kb/core/page_cache.py): anonymous visitors get public pages from the
cache, and see a change at once; logged-in users, members-only pages, the admin and the
health check are never cached.

Every test runs twice: on the local memory cache, and on Redis (database 15 of REDIS_URL,
flushed before each test), which skips when REDIS_URL is unset, and fails then under CI."""

import datetime
import os
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction, Site

from kb.core.models import ContentVersion, FooterLinks, SiteContact

from . import factories

pytestmark = pytest.mark.django_db

REDIS_TEST_DB = "15"


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The page cache on, in the local memory cache or in Redis's database 15."""
    if request.param == "redis":
        url = os.environ.get("REDIS_URL", "")
        if not url:
            reason = "needs Redis: set REDIS_URL=redis://127.0.0.1:6379/15 (.ci/run does)"
            if os.environ.get("CI"):
                pytest.fail(f"CI runs the Redis page cache tests: {reason}")
            pytest.skip(reason)
        if urlsplit(url).path.strip("/") != REDIS_TEST_DB:
            pytest.fail(f"REDIS_URL must name database {REDIS_TEST_DB}, which the tests flush")
        settings.CACHES = {
            **settings.CACHES,
            "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url},
        }
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()  # flushes only the test database (15) on Redis
    yield request.param
    cache.clear()


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    response.queries = len(queries)
    return response


def assert_cached(client, url):
    """A first GET stores the page, a second one is served from the cache."""
    first = get(client, url)
    assert first.status_code == 200, url
    assert first["X-Cache"] == "MISS", url
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    second = get(client, url)
    assert second["X-Cache"] == "HIT", url
    assert second.queries <= 2, url  # the content version, nothing else
    assert second.content == first.content
    return second


def assert_not_cached(client, url, status=200):
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == status, url
        assert "X-Cache" not in response, url
    return response


def test_a_published_change_to_a_story_is_seen_at_once_behind_the_cache(page_cache, client):
    themes = factories.ThemeFactory.create_batch(2)
    municipality = factories.MunicipalityPageFactory()
    story = factories.CaseStoryPageFactory(
        parent=municipality,
        title="Korps i skolegården",
        summary="Unge og eldre spilte sammen gjennom et helt skoleår.",
        themes=themes,
    )
    factories.FeaturedStoryFactory(page=story)
    urls = [
        story.url,
        municipality.url,
        *(theme.get_url() for theme in themes),
        "/erfaringer/",
        "/",
    ]
    for url in urls:
        assert "Korps i skolegården" in assert_cached(client, url).content.decode(), url

    story.title = "Korps og kor i skolegården"
    story.save_revision().publish()

    for url in urls:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        assert "Korps og kor i skolegården" in response.content.decode(), url
        assert "Korps i skolegården" not in response.content.decode(), url


def test_unpublishing_removes_a_page_from_the_cache_at_once(page_cache, client):
    story = factories.CaseStoryPageFactory()
    assert_cached(client, story.url)
    story.unpublish()
    assert client.get(story.url).status_code == 404


def test_a_footer_links_change_shows_at_once(page_cache, client, home):
    about = factories.StandardPageFactory(parent=home, title="Om kunnskapsbanken")
    assert "Om kunnskapsbanken" not in assert_cached(client, "/").content.decode()
    setting = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    setting.about_page = about
    setting.save()
    assert "Om kunnskapsbanken" in client.get("/").content.decode()


def test_site_contact_and_board_members_replace_the_content_version(page_cache):
    before = ContentVersion.current()
    contact = SiteContact.for_site(Site.objects.get(is_default_site=True))
    contact.contact_person = "Marit Olsen"
    contact.save()
    after_contact = ContentVersion.current()
    factories.BoardMemberFactory()
    assert len({before, after_contact, ContentVersion.current()}) == 3


def test_logged_in_users_are_never_served_or_stored_cached_pages(page_cache, client, adviser):
    story = factories.CaseStoryPageFactory()
    assert_cached(client, story.url)
    member = Client()
    member.force_login(adviser)
    response = assert_not_cached(member, story.url)
    assert "private" in response["Cache-Control"]
    # What a logged-in user was shown is not stored for anyone.
    other = factories.CaseStoryPageFactory()
    member.get(other.url)
    assert client.get(other.url)["X-Cache"] == "MISS"


def test_members_only_pages_and_documents_are_never_cached(page_cache, client, home, adviser):
    members_only = factories.StandardPageFactory(parent=home)
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    assert_not_cached(client, members_only.url, status=302)
    with_password = factories.StandardPageFactory(parent=home)
    PageViewRestriction.objects.create(
        page=with_password, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    response = assert_not_cached(client, with_password.url)  # the password form
    assert "no-cache" in response["Cache-Control"]
    document = factories.DocumentFactory(members_only=True)
    assert_not_cached(client, document.url, status=302)
    member = Client()
    member.force_login(adviser)
    response = assert_not_cached(member, members_only.url)
    assert "private" in response["Cache-Control"]
    assert_not_cached(client, members_only.url, status=302)


def test_health_admin_search_and_posts_are_not_cached(page_cache, client):
    response = assert_not_cached(client, "/helse/")
    assert "no-cache" in response["Cache-Control"]
    assert_not_cached(client, "/admin/login/")
    # Search is left out: a hit from the cache would not write the query log.
    assert_not_cached(client, "/sok/?q=kor")
    assert Query.objects.filter(query_string="kor").exists()
    story = factories.CaseStoryPageFactory()
    assert "X-Cache" not in client.post(story.url)


def test_the_page_cache_is_off_by_default_in_the_tests(client):
    story = factories.CaseStoryPageFactory()
    assert "X-Cache" not in client.get(story.url)
    assert "X-Cache" not in client.get(story.url)


def test_feeds_api_and_calendars_are_cached_and_see_a_publish_at_once(page_cache, client):
    theme = factories.ThemeFactory(name="Musikk")
    event = factories.EventPageFactory(
        title="Digital formiddagskaffe",
        start_date=datetime.date.today() + datetime.timedelta(days=30),
        themes=[theme],
    )
    urls = [
        "/feed/",
        "/feed/atom/",
        "/feed/tema/musikk/",
        "/feed/arrangementer/",
        "/api/v2/pages/?type=conferences.EventPage",
        f"/api/v2/pages/{event.pk}/",
        "/kalender.ics",
        f"/kalender/{event.pk}.ics",
    ]
    for url in urls:
        assert "Digital formiddagskaffe" in assert_cached(client, url).content.decode(), url
    assert_cached(client, "/robots.txt")

    event.title = "Digital lunsj"
    event.save_revision().publish()
    for url in urls:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        assert "Digital lunsj" in response.content.decode(), url


def test_outputs_that_fail_are_not_cached(page_cache, client):
    for url in ("/feed/tema/finnes-ikke/", "/api/v2/pages/?ukjent=1", "/kalender/999999.ics"):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code in (400, 404), url
            assert "X-Cache" not in response, url
