"""Listing pages make the same number of queries however many items they show (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "few, many",
    [
        ("/metoder/?fase=utproving", "/metoder/"),
        ("/erfaringer/?kommune=1804", "/erfaringer/"),
        ("/konferanser/?ar=2026", "/konferanser/"),
        ("/sok/?q=SoImpact", "/sok/?q=kulturskolen"),
    ],
)
def test_listing_queries_do_not_grow_with_the_number_of_items(client, few, many):
    assert count_queries(client, many) <= count_queries(client, few)


@pytest.mark.parametrize(
    "url, budget",
    [
        ("/", 20),
        ("/metoder/samson-egenvurdering/", 25),
        ("/konferanser/lederkonferansen-2025/", 30),
        ("/tema/samskaping/", 35),
    ],
)
def test_detail_pages_stay_within_their_query_budget(client, url, budget):
    assert count_queries(client, url) <= budget
