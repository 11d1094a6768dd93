"""Pages are found by their path as Wagtail finds them, in a fixed number of queries however
deep they are (kb.core.models.BasePage.route), and what routing hands on is right: the
breadcrumbs, the view restrictions (from the cache, kb.core.listing.view_restrictions) and
the site with its home page (kb.core.sites.CachedSiteMiddleware)."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from kb.methods.models import MethodIndexPage

from . import factories

pytestmark = pytest.mark.django_db


def nested(depth):
    """Standard pages `depth` steps below the home page, each below the one before."""
    pages = [factories.home_page()]
    for _ in range(depth):
        pages.append(factories.StandardPageFactory(parent=pages[-1], publish=False))
    return pages[1:]


def routing_queries(url):
    """The queries Wagtail's route_for_request makes for `url` on a fresh request (after a
    first one, which fills per-process caches such as the content types)."""
    Page.route_for_request(RequestFactory().get(url), url)
    request = RequestFactory().get(url)
    with CaptureQueriesContext(connection) as context:
        page, _args, _kwargs = Page.route_for_request(request, url)
    return page, len(context.captured_queries)


def test_a_page_is_found_in_no_more_queries_however_deep_it_is():
    shallow = nested(1)[-1]
    deep = nested(5)[-1]
    page, few = routing_queries(shallow.url)
    assert page == shallow
    page, many = routing_queries(deep.url)
    assert page == deep
    assert type(page) is type(deep)  # the specific page, as Wagtail's route gives it
    # Site, home page, content version, the path, the page; deeper, the pages above come
    # from the cache and a standard page below a standard page is read in one query.
    assert many <= few <= 5


def test_missing_and_unpublished_pages_are_not_found_and_a_draft_parent_hides_nothing(client):
    parent, child = nested(2)
    assert client.get(parent.url + "finnes-ikke/").status_code == 404
    assert client.get(child.url + "finnes-ikke/").status_code == 404
    url = child.url
    child.unpublish()
    assert client.get(url).status_code == 404
    # As in Wagtail, only the page served must be live, not the pages above it.
    child.save_revision().publish()
    parent.unpublish()
    assert client.get(url).status_code == 200


def test_breadcrumbs_name_the_pages_above(client):
    pages = nested(3)
    soup = BeautifulSoup(client.get(pages[-1].url).content, "html.parser")
    trail = soup.find("nav", class_="breadcrumbs")
    links = [(a.get_text(strip=True), a["href"]) for a in trail.find_all("a")]
    assert links == [("Forside", "/"), *((page.title, page.url) for page in pages[:-1])]
    assert trail.find(attrs={"aria-current": "page"}).get_text(strip=True) == pages[-1].title


def test_a_restriction_above_a_page_applies_to_it_and_its_removal_at_once(client):
    section, page = nested(2)
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(page.url)
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path.endswith("/login/")
    client.force_login(factories.UserFactory())
    assert client.get(page.url).status_code == 200
    client.logout()
    restriction.delete()
    assert client.get(page.url).status_code == 200


def test_a_page_without_restrictions_compiles_no_query_for_them(monkeypatch):
    """The usual case: the restrictions routing hands on are already known to be none
    (Wagtail's serve hook iterates them; compiling even an empty query costs 0.3 ms)."""
    (page,) = nested(1)
    routed, _args, _kwargs = Page.route_for_request(RequestFactory().get(page.url), page.url)
    compiled = []
    monkeypatch.setattr(
        "django.db.models.sql.compiler.SQLCompiler.as_sql",
        lambda compiler, *args, **kwargs: compiled.append(compiler.query.model),
    )
    assert list(routed.get_view_restrictions()) == []
    assert compiled == []


def test_a_password_restriction_asks_for_the_password(client):
    (page,) = nested(1)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    response = client.get(page.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert page.intro not in response.content.decode()


def test_the_site_and_its_home_page_come_from_the_cache_until_a_site_is_saved(client):
    (page,) = nested(1)
    client.get(page.url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(page.url).status_code == 200
    assert not [query for query in context.captured_queries if "wagtailcore_site" in query["sql"]]

    # A second home page made the default site's root: served at once.
    other_home = factories.HomePageFactory(title="Andre forside")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other_home
    site.save()
    try:
        assert "Andre forside" in client.get("/").content.decode()
    finally:
        Site.clear_site_root_paths_cache()


def test_the_pages_above_come_from_the_cache_until_a_publish(client):
    """A story's municipality and Erfaringer are read once per content version; a slug
    changed and published moves the story's address at once."""
    story = factories.CaseStoryPageFactory()
    municipality = story.get_parent().specific
    client.get(story.url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(story.url).status_code == 200
    above = [f"'{municipality.slug}'", "'erfaringer'"]
    sql = [query["sql"] for query in context.captured_queries]
    assert not [query for query in sql if any(slug in query for slug in above)]

    old_url = story.url
    municipality.slug = "ny-adresse"
    municipality.save_revision().publish()
    story.refresh_from_db()
    assert "/ny-adresse/" in story.url
    assert client.get(story.url).status_code == 200
    assert client.get(old_url).status_code == 404


def test_a_made_up_path_is_not_kept(client):
    story = factories.CaseStoryPageFactory()
    local = caches["local"]
    local.clear()
    assert (
        client.get(story.url.replace("/erfaringer/", "/erfaringer/finnes-ikke/")).status_code == 404
    )
    assert client.get("/finnes/ikke/heller/").status_code == 404
    assert not [key for key in local._cache if ":kb:route:" in key]
    assert client.get(story.url).status_code == 200
    assert [key for key in local._cache if ":kb:route:" in key]


def test_a_page_of_another_type_than_its_parent_allows_is_still_served(client):
    """Read in one query as the type the parent allows; a page of another type (made
    before the rule, or by code) is found the usual way."""
    method_index = Page.objects.type(MethodIndexPage).get().specific
    page = factories.StandardPageFactory(parent=method_index, title="Om metodene")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Om metodene" in response.content.decode()
