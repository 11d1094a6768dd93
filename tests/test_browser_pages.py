"""Universal design on every public page type, the tools that are views (the workshop planner
and SAMSON's start, form and result) and the two login pages (the members' and the admin's),
proven in Chromium (tests/browser_support.py): axe-core finds no violation of
WCAG 2.2 A/AA or of its best practices at 375 and 1280 px, nothing scrolls sideways at
320 px (reflow), and the menu, the search with its suggestions and the listing filters
work from the keyboard alone with a visible focus. Each page is also photographed at 375
and 1280 px into test-artifacts/screenshots/ for people to look at.

The site is built once for the module from factories, with the long Norwegian compounds
real pages have in their headings, and served by browser_support.live_site() on the
module's own (rolled back) transaction. Journey 1 runs on the same site."""

import time

import pytest
from django.db import transaction
from django.urls import reverse

from home.models import FeaturedMethod, FeaturedStory
from kb.samson.models import Assessment, Response
from kb.samson.statements import STATEMENT_KEYS
from kb.themes.models import ThemeIndexPage

from . import browser_support, factories
from .factories import material, paragraph, session

# Each test runs in a savepoint of the module's transaction (and marks the session as one
# that needs the test database).
pytestmark = pytest.mark.django_db


def build_site():
    """One page of every public type, linked as on the real site; their paths by name."""
    home = factories.home_page()
    theme = factories.ThemeFactory(name="Medvirkning", slug="medvirkning")
    other_theme = factories.ThemeFactory(name="Kulturskolen som ressurssenter", slug="ressurs")
    method = factories.MethodPageFactory(title="Verdenskafé", themes=[theme])
    related = factories.MethodPageFactory(
        title="Interessentkartlegging", themes=[other_theme], related_methods=[method]
    )
    municipality = factories.MunicipalityPageFactory()
    story = factories.CaseStoryPageFactory(
        parent=municipality,
        title="Generasjonskoret – unge og eldre synger sammen",
        detailed=True,
        themes=[theme],
        methods_used=[method],
    )
    series = factories.EventSeriesPageFactory(title="Digital formiddagskaffe")
    episode = factories.EventPageFactory(
        parent=series, title="Formiddagskaffe om medvirkning", is_digital=True
    )
    conference = factories.EventPageFactory(
        title="Lederkonferansen 2025: Samskapingskonferanse for kulturskoleledere",
        programme=[session(materials=[material("Presentasjon: Samskaping i praksis")])],
    )
    about = factories.StandardPageFactory(title="Om Samskapingsbanken")
    statement = factories.StandardPageFactory(
        title="Tilgjengelighetserklæring",
        body=[
            paragraph(
                "<h2>Tilgjengelighetskontroller og brukertesting</h2>"
                "<p>Vi tester hver sidetype med skjermleser og tastatur.</p>"
            )
        ],
    )
    home.featured_methods = [FeaturedMethod(page=method), FeaturedMethod(page=related)]
    home.featured_stories = [FeaturedStory(page=story)]
    home.save_revision().publish()
    theme_index = ThemeIndexPage.objects.get()
    assessment = Assessment.objects.create(partnership="Kulturskolen og biblioteket i Røst")
    for score in (2, 4, 5):
        Response.objects.create(assessment=assessment, scores=dict.fromkeys(STATEMENT_KEYS, score))
    return {
        "forside": home.url,
        "tema-oversikt": theme_index.url,
        "tema": theme_index.theme_url(theme.slug),
        "metoder": method.get_parent().url,
        "metode": method.url,
        "erfaringer": story.get_parent().get_parent().url,
        "erfaring": story.url,
        "kommune": municipality.url,
        "konferanser": conference.get_parent().url,
        "konferanse": conference.url,
        "arrangementsserie": series.url,
        "arrangement": episode.url,
        "sok": reverse("search") + "?q=verdenskafe",
        "om": about.url,
        "tilgjengelighetserklaering": statement.url,
        "finnes-ikke": "/finnes-ikke/",
        # The tools that are views, not pages: the workshop planner with a plan, and SAMSON.
        "moteplan": reverse("methods:planner")
        + f"?navn=Møte+med+biblioteket&start=18:00&metode={method.pk}&minutter=45"
        + f"&metode={related.pk}&minutter=30",
        "samson-start": reverse("samson:start"),
        "samson-skjema": reverse("samson:assessment", args=[assessment.token]),
        "samson-resultat": reverse("samson:result", args=[assessment.token]),
        # The members' login (WAGTAIL_FRONTEND_LOGIN_TEMPLATE) and the admin's.
        "medlemsinnlogging": reverse("wagtailcore_login"),
        "innlogging": reverse("wagtailadmin_login"),
    }


@pytest.fixture(scope="module")
def site(browser, django_db_setup, django_db_blocker):
    """The module's site: (base URL, the pages' paths by name); rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        paths = build_site()
        with browser_support.live_site() as base_url:
            yield base_url, paths
        transaction.set_rollback(True)


@pytest.fixture
def page(browser):
    """A new page in a new context (no cookies or storage from other tests), at phone
    width."""
    context = browser.new_context(viewport=browser_support.PHONE, locale="nb-NO")
    yield context.new_page()
    context.close()


@pytest.fixture(scope="class")
def axe_page(browser):
    """One page for a class of page checks, at phone width, with axe-core added to every
    document it loads (sent to the browser once, not once a page)."""
    context = browser.new_context(viewport=browser_support.PHONE, locale="nb-NO")
    browser_support.add_axe(context)
    yield context.new_page()
    context.close()


def check_page(page, url, status, name):
    """At 375 px and at 1280 px: no axe violation, no sideways scrolling, and a screenshot;
    at 320 px: no sideways scrolling. The problems found, by check."""
    page.set_viewport_size(browser_support.PHONE)
    response = page.goto(url)
    assert response.status == status
    problems = {}
    for viewport in (browser_support.PHONE, browser_support.DESKTOP, browser_support.NARROWEST):
        page.set_viewport_size(viewport)
        width = viewport["width"]
        if viewport is not browser_support.NARROWEST:
            problems[f"axe at {width} px"] = browser_support.axe_violations(page)
            browser_support.screenshot(page, name)
        problems[f"scrolls sideways at {width} px"] = browser_support.horizontal_overflow(page)
    return {key: value for key, value in problems.items() if value}


# The page types in two classes, which the two test processes (pytest-xdist's loadscope)
# can check side by side, each on its own copy of the module's site.


class TestHomeListingsSearchAndNotFound:
    PAGE_NAMES = [
        "forside",
        "tema-oversikt",
        "metoder",
        "erfaringer",
        "kommune",
        "konferanser",
        "arrangementsserie",
        "sok",
        "finnes-ikke",
        "moteplan",
    ]

    @pytest.mark.parametrize("name", PAGE_NAMES)
    def test_page_passes_axe_and_reflows(self, site, axe_page, name):
        base_url, paths = site
        status = 404 if name == "finnes-ikke" else 200
        assert not check_page(axe_page, base_url + paths[name], status, name)


class TestArticlesAndLogins:
    PAGE_NAMES = [
        "tema",
        "metode",
        "erfaring",
        "konferanse",
        "arrangement",
        "om",
        "tilgjengelighetserklaering",
        "medlemsinnlogging",
        "innlogging",
        "samson-start",
        "samson-skjema",
        "samson-resultat",
    ]

    @pytest.mark.parametrize("name", PAGE_NAMES)
    def test_page_passes_axe_and_reflows(self, site, axe_page, name):
        base_url, paths = site
        assert not check_page(axe_page, base_url + paths[name], 200, name)


def test_every_page_type_is_checked(site):
    """The two classes together check every page the site builds, once."""
    _base_url, paths = site
    checked = TestHomeListingsSearchAndNotFound.PAGE_NAMES + TestArticlesAndLogins.PAGE_NAMES
    assert sorted(checked) == sorted(paths)


def test_menu_reached_and_followed_by_keyboard(site, page):
    """Tab from the top: the skip link, then the menu's links, each with a visible focus;
    Enter follows the link."""
    base_url, paths = site
    page.goto(base_url + paths["forside"])
    path = browser_support.tab_to(page, lambda element: element["name"] == "Metoder")
    assert path[0]["name"] == "Hopp til hovedinnhold"
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + paths["metoder"])
    assert page.get_by_role("heading", level=1).inner_text() == "Metoder"


def test_search_and_suggestions_by_keyboard(site, page):
    """On the search page: Tab reaches the field, typing shows suggestions, the arrow key
    picks one and Enter opens it; the home page's field submits with Enter."""
    base_url, paths = site
    page.goto(base_url + reverse("search"))
    browser_support.tab_to(page, lambda element: element["tag"] == "input")
    page.keyboard.type("verdens")
    suggestion = page.get_by_role("option", name="Verdenskafé")
    suggestion.wait_for()
    page.keyboard.press("ArrowDown")
    assert suggestion.get_attribute("aria-selected") == "true"
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + paths["metode"])

    page.goto(base_url + paths["forside"])
    browser_support.tab_to(page, lambda element: element["tag"] == "input")
    page.keyboard.type("verdenskafé")
    page.keyboard.press("Enter")
    page.wait_for_url("**/sok/?q=*")
    assert page.get_by_role("link", name="Verdenskafé").count() == 1


def test_listing_filters_by_keyboard(site, page):
    """On the method listing: Tab reaches the theme filter, the arrow key chooses a theme,
    Tab reaches «Vis» and Enter shows only that theme's methods."""
    base_url, paths = site
    page.goto(base_url + paths["metoder"])
    browser_support.tab_to(page, lambda element: element["tag"] == "select")
    theme_filter = page.get_by_label("Tema")
    theme_filter.focus()
    theme_filter.select_option(label="Medvirkning")
    browser_support.tab_to(page, lambda element: element["name"] == "Vis")
    page.keyboard.press("Enter")
    page.wait_for_url("**/metoder/?*tema=medvirkning*")
    titles = page.locator(".card__title").all_inner_texts()
    assert titles == ["Verdenskafé"]


def test_journey_leader_finds_a_method_and_prints_it(site, page):
    """Journey 1: a culture school leader, on a phone, searches from the home page, then
    narrows the method listing by a filter, opens the method, follows a related method and
    a theme, and prints the method. Its time is written to
    test-artifacts/journeys/leader.json."""
    base_url, paths = site
    started = time.perf_counter()
    page.goto(base_url + paths["forside"])
    # The home page's search box suggests pages as it is typed in (a combobox).
    search_box = page.get_by_role("combobox", name="Søk i metoder")
    search_box.fill("verdenskafé")
    search_box.press("Enter")
    page.wait_for_url("**/sok/?q=*")
    assert page.get_by_role("link", name="Verdenskafé").is_visible()

    page.get_by_role("navigation", name="Hovedmeny").get_by_role("link", name="Metoder").click()
    page.get_by_label("Tema").select_option(label="Medvirkning")
    page.get_by_role("button", name="Vis").click()
    page.wait_for_url("**tema=medvirkning*")
    page.get_by_role("link", name="Verdenskafé").click()
    page.wait_for_url(base_url + paths["metode"])

    related = page.get_by_role("region", name="Relaterte metoder")
    related.get_by_role("link", name="Interessentkartlegging").click()
    page.wait_for_url("**/interessentkartlegging/")
    page.go_back()
    page.get_by_role("link", name="Medvirkning").first.click()
    page.wait_for_url(base_url + paths["tema"])
    assert page.get_by_role("link", name="Verdenskafé").is_visible()
    page.go_back()
    page.wait_for_url(base_url + paths["metode"])

    page.emulate_media(media="print")
    if browser_support.has_print_styles(page):
        assert not page.get_by_role("navigation", name="Hovedmeny").is_visible()
    # Without print styles (they are to come), printing must at least work.
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")
    browser_support.record_journey("leader", time.perf_counter() - started)
