"""The listings' filter options and counts come from the cache, and follow publishing at
once: no option is stale after a publish, an unpublish, a move, a deletion or a theme change."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from . import factories

pytestmark = pytest.mark.django_db


def options(client, url, param):
    filters = client.get(url).context["filters"]
    (chosen,) = [item for item in filters if item.param == param]
    return [option["value"] for option in chosen.options]


def story(year, **kwargs):
    return factories.CaseStoryPageFactory(
        period_start=datetime.date(year, 8, 1), period_end=datetime.date(year, 12, 1), **kwargs
    )


def test_a_newly_published_storys_year_is_offered_at_once(client):
    story(2019)
    assert options(client, "/erfaringer/", "ar") == ["2019"]
    newer = story(2023, draft=True)
    assert options(client, "/erfaringer/", "ar") == ["2019"]  # a draft changes nothing
    newer.save_revision().publish()
    assert options(client, "/erfaringer/", "ar") == ["2023", "2022", "2021", "2020", "2019"]
    assert client.get("/erfaringer/").context["results"].paginator.count == 2


def test_unpublishing_deleting_and_moving_update_the_options(client):
    kept, unpublished, deleted = story(2018), story(2020), story(2022)
    assert options(client, "/erfaringer/", "ar")[0] == "2022"
    unpublished.unpublish()
    deleted.delete()
    assert options(client, "/erfaringer/", "ar") == ["2018"]
    municipality = factories.MunicipalityPageFactory()
    assert municipality.number in options(client, "/erfaringer/", "kommune")
    kept.move(municipality, pos="last-child")
    url = f"/erfaringer/?kommune={municipality.number}"
    assert client.get(url).context["results"].paginator.count == 1


def test_event_years_and_themes_follow_at_once(client):
    factories.EventPageFactory(start_date=datetime.date(2024, 3, 1))
    assert options(client, "/konferanser/", "ar") == ["2024"]
    factories.EventPageFactory(start_date=datetime.date(2026, 3, 1))
    assert options(client, "/konferanser/", "ar") == ["2026", "2024"]
    theme = factories.ThemeFactory(name="Medvirkning")
    assert options(client, "/metoder/", "tema") == [theme.slug]
    theme.name = "Barns medvirkning"
    theme.save()
    filters = client.get("/metoder/").context["filters"]
    themes = next(f for f in filters if f.param == "tema")
    assert themes.options[0]["label"] == "Barns medvirkning"
    theme.delete()
    assert options(client, "/metoder/", "tema") == []


@pytest.mark.parametrize("url", ["/metoder/", "/erfaringer/", "/konferanser/"])
def test_a_listing_read_again_does_not_recompute_its_options(client, url):
    story(2020)
    factories.EventPageFactory()
    factories.MethodPageFactory()
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    sql = " ".join(query["sql"] for query in context.captured_queries).upper()
    for work in ("MIN(", "MAX(", "COUNT(", "DISTINCT"):
        assert work not in sql, work
