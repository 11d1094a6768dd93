"""Listing pages make the same number of queries however many items they show (no N+1).

Pages are created as rows only (publish=False: a third of the cost), except where search
needs the publish signal (facets); the content version is bumped before each count, as a
publish would, so cached filter options and counts are read afresh. One item against three
is enough to show a query per item; the listings are paginated by three where a test needs
several pages (few_a_page)."""

import datetime
import functools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import FeaturedMethod, FeaturedStory
from kb.cases import models as cases
from kb.conferences import models as conferences
from kb.core import listing
from kb.core.models import ContentVersion
from kb.methods import models as methods
from kb.themes import models as themes

from . import factories
from .factories import material, session

pytestmark = pytest.mark.django_db


def count_queries(client, url, cold=False):
    """The queries of a second read of `url`; `cold`: of the first read after a publish,
    which builds what is kept under the content version (cards, sections, related pages)."""
    ContentVersion.bump()  # what publishing the items would have done
    client.get(url)  # warm per-process caches (content types, site root paths)
    if cold:
        ContentVersion.bump()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_method(themes, publish=False):
    return factories.MethodPageFactory(
        themes=themes, summary="Samskaping med elevene.", publish=publish
    )


def add_story(themes, municipality):
    return factories.CaseStoryPageFactory(
        parent=municipality, themes=themes, image=factories.KbImageFactory(), publish=False
    )


def add_event(themes, series):
    return factories.EventPageFactory(
        parent=series, themes=themes, start_date=datetime.date(2025, 11, 5), publish=False
    )


@pytest.mark.parametrize(
    "url, add",
    [
        ("/metoder/", add_method),
        ("/erfaringer/", add_story),
        ("/konferanser/", add_event),
        ("/sok/?q=samskaping", functools.partial(add_method, publish=True)),
    ],
    ids=["methods", "stories", "events", "search"],
)
def test_listing_queries_do_not_grow_with_the_number_of_items(client, url, add):
    """One item with its themes, image and parent, then five: the same number of queries."""
    themes = factories.ThemeFactory.create_batch(2)
    context = {
        add_story: lambda: {"municipality": factories.MunicipalityPageFactory(publish=False)},
        add_event: lambda: {"series": factories.EventSeriesPageFactory(publish=False)},
    }.get(add, dict)()
    add(themes, **context)
    one = count_queries(client, url)
    for _ in range(4):
        add(themes, **context)
    five = count_queries(client, url)
    assert client.get(url).context["results"].paginator.count == 5
    assert five <= one


# Every page: the content version, the page itself (its parent allowing one page type: a
# method, a story) or the page and its specific form, then what it shows (the site and its
# home page, the pages above the page, the menu, the footer, the filters' options, a
# theme page's sections, a method's related methods and stories and a story's methods come
# from the cache).
BUDGETS = {
    "home": 6,
    "method": 3,
    "story": 5,
    "event": 8,
    "theme": 2,
    "methods": 4,
    "stories": 5,
    "events": 5,
}


def test_pages_stay_within_their_query_budget(client, home):
    """Each page with a little of everything it shows (built once for all of them: pages
    are the slow part)."""
    themes = factories.ThemeFactory.create_batch(3)
    methods = factories.MethodPageFactory.create_batch(3, themes=themes)
    methods[0].related_methods = methods[1:]
    methods[0].save_revision().publish()
    municipality = factories.MunicipalityPageFactory(publish=False)
    stories = [
        factories.CaseStoryPageFactory(
            publish=False, parent=municipality, themes=themes, methods_used=methods, detailed=True
        )
        for _ in range(3)
    ]
    event = factories.EventPageFactory(
        publish=False,
        themes=themes,
        organisers=factories.EventOrganiserFactory.build_batch(3),
        programme=[
            session(
                f"Økt {number}",
                materials=[
                    material("Lysark", document=factories.DocumentFactory(members_only=True)),
                    material("Notat", document=factories.DocumentFactory()),
                    material("Opptak", kind="video", url="https://vimeo.com/1"),
                ],
            )
            for number in range(3)
        ],
    )
    home.featured_methods = [FeaturedMethod(page=method) for method in methods]
    home.featured_stories = [FeaturedStory(page=story) for story in stories]
    home.save_revision().publish()
    urls = {
        "home": "/",
        "method": methods[0].url,
        "story": stories[0].url,
        "event": event.url,
        "theme": f"/tema/{themes[0].slug}/",
        "methods": "/metoder/",
        "stories": "/erfaringer/",
        "events": "/konferanser/",
    }
    counts = {key: count_queries(client, url) for key, url in urls.items()}
    assert {key: count for key, count in counts.items() if count > BUDGETS[key]} == {}, counts


def same_count(client, url, add, first=1, then=3, cold=False):
    """The queries of `url` with `first` items, then with `then`: (one, many)."""
    for _ in range(first):
        add()
    one = count_queries(client, url, cold)
    for _ in range(then - first):
        add()
    return one, count_queries(client, url, cold)


def test_method_page_loads_its_stories_images_with_the_stories(client):
    method = factories.MethodPageFactory(publish=False)
    municipality = factories.MunicipalityPageFactory(publish=False)
    one, many = same_count(
        client,
        method.url,
        lambda: factories.CaseStoryPageFactory(
            publish=False,
            parent=municipality,
            methods_used=[method],
            image=factories.KbImageFactory(),
        ),
        cold=True,
    )
    assert many == one


def test_story_reads_its_photo_with_the_page(client):
    """Routing reads a story with its photo (CaseStoryPage.served_with): a story with a
    photo makes no more queries than one without."""
    municipality = factories.MunicipalityPageFactory(publish=False)
    without = factories.CaseStoryPageFactory(publish=False, parent=municipality, image=None)
    with_photo = factories.CaseStoryPageFactory(
        publish=False, parent=municipality, image=factories.KbImageFactory()
    )
    assert count_queries(client, with_photo.url) == count_queries(client, without.url)


def test_theme_page_queries_do_not_grow_with_what_is_tagged(client):
    theme = factories.ThemeFactory()
    municipality = factories.MunicipalityPageFactory(publish=False)

    def add():
        factories.MethodPageFactory(publish=False, themes=[theme])
        factories.CaseStoryPageFactory(
            publish=False, parent=municipality, themes=[theme], image=factories.KbImageFactory()
        )
        factories.EventPageFactory(publish=False, themes=[theme])

    one, many = same_count(client, f"/tema/{theme.slug}/", add, cold=True)
    assert many == one


def test_event_page_loads_its_materials_documents_together(client):
    def event_with(count):
        return factories.EventPageFactory(
            publish=False,
            programme=[
                session(
                    "Økt",
                    materials=[
                        material(
                            f"Materiale {number}",
                            document=factories.DocumentFactory(members_only=number % 2 == 0),
                        )
                        for number in range(count)
                    ],
                )
            ],
        )

    one = count_queries(client, event_with(1).url)
    many = count_queries(client, event_with(6).url)
    assert many == one


def test_home_page_queries_do_not_grow_with_the_featured_pages(client, home):
    def featuring(count):
        methods = factories.MethodPageFactory.create_batch(count, themes=[theme], publish=False)
        stories = [
            factories.CaseStoryPageFactory(
                publish=False, parent=municipality, themes=[theme], image=factories.KbImageFactory()
            )
            for _ in range(count)
        ]
        home.featured_methods = [FeaturedMethod(page=method) for method in methods]
        home.featured_stories = [FeaturedStory(page=story) for story in stories]
        home.save_revision().publish()
        return count_queries(client, "/")

    theme = factories.ThemeFactory()
    municipality = factories.MunicipalityPageFactory(publish=False)
    factories.EventPageFactory(publish=False)
    assert featuring(3) == featuring(1)


def test_municipality_page_queries_do_not_grow_with_its_stories(client):
    municipality = factories.MunicipalityPageFactory(publish=False)
    one, many = same_count(
        client,
        municipality.url,
        lambda: factories.CaseStoryPageFactory(
            publish=False, parent=municipality, image=factories.KbImageFactory()
        ),
    )
    assert many == one


def test_search_page_queries_do_not_grow_with_the_results(client):
    municipality = factories.MunicipalityPageFactory()
    theme = factories.ThemeFactory()

    def add():
        factories.MethodPageFactory(themes=[theme], summary="Samskaping med elevene.")
        factories.CaseStoryPageFactory(
            parent=municipality,
            themes=[theme],
            summary="Samskaping i kulturskolen.",
            image=factories.KbImageFactory(),
        )
        factories.EventPageFactory(themes=[theme], summary="Samskaping på konferanse.")

    # Three of each type still fit on the first page: the results are loaded with one query
    # per type shown, so a page showing fewer types would make fewer queries.
    one, many = same_count(client, "/sok/?q=samskaping", add)
    assert many == one


@pytest.fixture
def few_a_page(monkeypatch):
    """Listings of three a page (twelve on the site), and three of each kind on a theme's
    page (six), so that a few items fill several pages."""
    for module in (methods, cases, conferences):
        monkeypatch.setattr(module, "paginate", functools.partial(listing.paginate, per_page=3))
    monkeypatch.setattr(themes, "ITEMS_PER_KIND", 3)


@pytest.mark.parametrize("kind", ["methods", "stories", "events", "theme"])
def test_listing_queries_are_the_same_with_one_item_and_several_pages(client, few_a_page, kind):
    """One item, and more than two pages (so the paginator counts and pages, and a full page
    is shown): the same number of queries, with the filters' options read from the cache or
    not."""
    theme = factories.ThemeFactory()
    municipality = factories.MunicipalityPageFactory(publish=False)
    series = factories.EventSeriesPageFactory(publish=False)
    years = iter(range(2000, 2100))

    def add_story():
        year = next(years)
        factories.CaseStoryPageFactory(
            publish=False,
            parent=municipality,
            themes=[theme],
            image=factories.KbImageFactory(),
            period_start=datetime.date(year, 8, 1),
            period_end=datetime.date(year + 1, 6, 1),
        )

    def add_event():
        factories.EventPageFactory(
            publish=False,
            parent=series,
            themes=[theme],
            start_date=datetime.date(next(years), 5, 1),
        )

    add, url = {
        "methods": (
            lambda: factories.MethodPageFactory(publish=False, themes=[theme]),
            "/metoder/",
        ),
        "stories": (add_story, "/erfaringer/"),
        "events": (add_event, "/konferanser/"),
        "theme": (lambda: (add_story(), add_event()), f"/tema/{theme.slug}/"),
    }[kind]
    one, many = same_count(client, url, add, first=1, then=7)
    assert many == one
    context = client.get(url).context
    if kind == "theme":
        assert {len(section["items"]) for section in context["sections"] if section["count"]} == {3}
    else:
        assert context["results"].paginator.num_pages == 3
