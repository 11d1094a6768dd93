"""The main navigation follows «Vis i menyer» (show_in_menus) below the site root, and the
footer follows the FooterLinks setting. Each test builds its own small site: a fresh home
page at the root of the tree, which the default Site is pointed at."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage
from kb.core.models import FooterLinks, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Testforside", slug="testforside", intro="<p>Test.</p>")
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    yield site
    # The rollback restores the site but not Wagtail's cached site root paths.
    Site.clear_site_root_paths_cache()


def add_page(parent, title, *, menu=True, live=True):
    slug = title.lower().replace(" ", "-")
    page = StandardPage(title=title, slug=slug, show_in_menus=menu, live=live)
    return parent.add_child(instance=page)


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def menu(client, url="/"):
    """[(label, href, aria-current)] of the main navigation."""
    nav = soup(client, url).find("nav", attrs={"aria-label": "Hovedmeny"})
    return [(a.get_text(strip=True), a["href"], a.get("aria-current")) for a in nav.find_all("a")]


def footer(client, url="/"):
    """[(label, href)] of the footer's links (empty when there are none)."""
    nav = soup(client, url).find("footer").find("nav", class_="site-footer__links")
    return [(a.get_text(strip=True), a["href"]) for a in nav.find_all("a")] if nav else []


def labels(items):
    return [item[0] for item in items]


def test_menu_lists_the_pages_shown_in_menus_in_tree_order(client, site):
    add_page(site.root_page, "Alfa")
    add_page(site.root_page, "Beta", menu=False)
    gamma = add_page(site.root_page, "Gamma")

    assert labels(menu(client)) == ["Alfa", "Gamma", "Søk"]

    # Moving a page in the tree moves it in the menu.
    gamma.move(Page.objects.get(slug="alfa"), pos="left")
    assert labels(menu(client)) == ["Gamma", "Alfa", "Søk"]


def test_menu_leaves_out_drafts_private_pages_and_deeper_pages(client, site):
    alfa = add_page(site.root_page, "Alfa")
    add_page(site.root_page, "Utkast", live=False)
    private = add_page(site.root_page, "Privat")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    add_page(alfa, "Underside")

    assert labels(menu(client)) == ["Alfa", "Søk"]


def test_menu_follows_a_renamed_page(client, site):
    alfa = add_page(site.root_page, "Alfa")
    alfa.title = "Omega"
    alfa.slug = "omega"
    alfa.save_revision().publish()

    assert menu(client)[0][:2] == ("Omega", "/omega/")


def test_menu_marks_the_current_section(client, site):
    alfa = add_page(site.root_page, "Alfa")
    add_page(site.root_page, "Beta")
    add_page(alfa, "Underside")

    current = {label: marker for label, _, marker in menu(client, "/alfa/")}
    assert current == {"Alfa": "page", "Beta": None, "Søk": None}

    current = {label: marker for label, _, marker in menu(client, "/alfa/underside/")}
    assert current == {"Alfa": "true", "Beta": None, "Søk": None}

    current = {label: marker for label, _, marker in menu(client, "/")}
    assert set(current.values()) == {None}

    current = {label: marker for label, _, marker in menu(client, "/sok/")}
    assert current == {"Alfa": None, "Beta": None, "Søk": "page"}


def test_site_name_links_to_the_site_root(client, site):
    add_page(site.root_page, "Alfa")
    page = soup(client, "/alfa/")
    assert page.find("a", class_="site-name")["href"] == "/"


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_menu_queries_do_not_grow_with_the_number_of_items(client, site):
    page = add_page(site.root_page, "Alfa")
    few = count_queries(client, page.url)
    for number in range(5):
        add_page(site.root_page, f"Side {number}")
    assert count_queries(client, page.url) == few


@pytest.fixture
def footer_pages(site):
    about = add_page(site.root_page, "Om oss", menu=False)
    statement = add_page(site.root_page, "Universell utforming", menu=False)
    privacy = add_page(site.root_page, "Personvern", menu=False)
    setting = FooterLinks.for_site(site)
    setting.about_page = about
    setting.accessibility_page = statement
    setting.privacy_page = privacy
    setting.save()
    return about, statement, privacy


def test_footer_links_the_chosen_pages(client, footer_pages):
    assert footer(client) == [
        ("Om oss", "/om-oss/"),
        # The statement is always called this, whatever its page's title.
        ("Tilgjengelighetserklæring", "/universell-utforming/"),
        ("Personvern", "/personvern/"),
    ]


def test_footer_keeps_the_link_of_a_renamed_page(client, footer_pages):
    about, statement, _ = footer_pages
    about.title = "Om Samskapingsbanken"
    about.slug = "om-banken"
    about.save_revision().publish()
    statement.slug = "tilgjengelighet"
    statement.save_revision().publish()

    assert footer(client)[:2] == [
        ("Om Samskapingsbanken", "/om-banken/"),
        ("Tilgjengelighetserklæring", "/tilgjengelighet/"),
    ]


def test_footer_drops_the_link_of_a_missing_page(client, footer_pages):
    about, _, privacy = footer_pages
    privacy.delete()
    about.unpublish()

    assert footer(client) == [("Tilgjengelighetserklæring", "/universell-utforming/")]


def test_footer_without_links_has_no_link_list(client, site):
    assert footer(client) == []
    assert soup(client, "/").find("footer").find("h2").get_text(strip=True) == "Kontakt"
