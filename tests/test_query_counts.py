"""Listing pages make the same number of queries however many items they show (no N+1)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import FeaturedMethod, FeaturedStory

from . import factories
from .factories import material, session

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_method(themes):
    return factories.MethodPageFactory(themes=themes, summary="Samskaping med elevene.")


def add_story(themes, municipality):
    return factories.CaseStoryPageFactory(
        parent=municipality, themes=themes, image=factories.KbImageFactory()
    )


def add_event(themes, series):
    return factories.EventPageFactory(
        parent=series, themes=themes, start_date=datetime.date(2025, 11, 5)
    )


@pytest.mark.parametrize(
    "url, add",
    [
        ("/metoder/", add_method),
        ("/erfaringer/", add_story),
        ("/konferanser/", add_event),
        ("/sok/?q=samskaping", add_method),
    ],
    ids=["methods", "stories", "events", "search"],
)
def test_listing_queries_do_not_grow_with_the_number_of_items(client, url, add):
    """One item with its themes, image and parent, then five: the same number of queries."""
    themes = factories.ThemeFactory.create_batch(2)
    context = {
        add_story: lambda: {"municipality": factories.MunicipalityPageFactory()},
        add_event: lambda: {"series": factories.EventSeriesPageFactory()},
    }.get(add, dict)()
    add(themes, **context)
    one = count_queries(client, url)
    for _ in range(4):
        add(themes, **context)
    five = count_queries(client, url)
    assert client.get(url).context["results"].paginator.count == 5
    assert five <= one


BUDGETS = {"home": 20, "method": 25, "event": 30, "theme": 35}


def test_detail_pages_stay_within_their_query_budget(client, home):
    """Each page with a little of everything it shows (built once for all four: pages are
    the slow part)."""
    themes = factories.ThemeFactory.create_batch(3)
    methods = factories.MethodPageFactory.create_batch(3, themes=themes)
    methods[0].related_methods = methods[1:]
    methods[0].save_revision().publish()
    municipality = factories.MunicipalityPageFactory()
    stories = [
        factories.CaseStoryPageFactory(
            parent=municipality, themes=themes, methods_used=methods, detailed=True
        )
        for _ in range(3)
    ]
    event = factories.EventPageFactory(
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
        "event": event.url,
        "theme": f"/tema/{themes[0].slug}/",
    }
    counts = {key: count_queries(client, url) for key, url in urls.items()}
    assert {key: count for key, count in counts.items() if count > BUDGETS[key]} == {}, counts
