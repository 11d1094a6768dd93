"""The advisers' export of the case stories (kb/cases/export.py): its rows in CSV and Excel
(formulas neutralised), reachable from the reports menu for advisers only."""

import csv
import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from . import factories

pytestmark = pytest.mark.django_db

URL = "/admin/reports/erfaringer/"
HEADINGS = [
    "Kommune",
    "Tittel",
    "Tema",
    "Metoder",
    "Grad av samarbeid",
    "Periode",
    "Partnere: offentlig",
    "Partnere: privat",
    "Partnere: sivilsamfunn",
    "Partnere: frivillig",
    "Publisert",
    "Adresse",
]


@pytest.fixture
def stories(db):
    bodo = factories.MunicipalityPageFactory(number="1804", title="Bodø")
    music = factories.ThemeFactory(name="Musikk")
    inclusion = factories.ThemeFactory(name="Inkludering")
    cafe = factories.MethodPageFactory(title="Verdenskafé")
    mapping = factories.MethodPageFactory(title="Interessentkartlegging")
    band = factories.CaseStoryPageFactory(
        parent=bodo,
        title="Band på biblioteket",
        themes=[music, inclusion],
        methods_used=[cafe, mapping],
        cooperation_level="samhandling",
        period_start=datetime.date(2024, 8, 19),
        period_end=None,
        partners=[
            factories.CaseStoryPartnerFactory.build(name="Biblioteket", sector="offentlig"),
            factories.CaseStoryPartnerFactory.build(name="Ungdomsrådet", sector="offentlig"),
            factories.CaseStoryPartnerFactory.build(name="Frivilligsentralen", sector="frivillig"),
        ],
    )
    factories.CaseStoryPageFactory(parent=bodo, title='=HYPERLINK("http://x")', draft=False)
    factories.CaseStoryPageFactory(parent=bodo, title="Et utkast", draft=True)
    return {"band": band}


def csv_rows(client):
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


def test_csv_rows(adviser_client, stories):
    header, *rows = csv_rows(adviser_client)
    assert header == HEADINGS
    by_title = {row[1]: row for row in rows}
    assert "Et utkast" not in by_title  # only published stories
    band = dict(zip(HEADINGS, by_title["Band på biblioteket"], strict=True))
    published = timezone.localtime(stories["band"].first_published_at).date().isoformat()
    assert band == {
        "Kommune": "Bodø",
        "Tittel": "Band på biblioteket",
        "Tema": "Musikk, Inkludering",
        "Metoder": "Interessentkartlegging, Verdenskafé",
        "Grad av samarbeid": "Samhandling",
        "Periode": "august 2024 – pågår",
        "Partnere: offentlig": "Biblioteket, Ungdomsrådet",
        "Partnere: privat": "",
        "Partnere: sivilsamfunn": "",
        "Partnere: frivillig": "Frivilligsentralen",
        "Publisert": published,
        "Adresse": stories["band"].full_url,
    }
    # A title that looks like a formula is written as text.
    assert '\'=HYPERLINK("http://x")' in by_title


def test_excel_rows(adviser_client, stories):
    response = adviser_client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert list(rows[0]) == HEADINGS
    band = next(row for row in rows if row[1] == "Band på biblioteket")
    assert band[0] == "Bodø" and band[3] == "Interessentkartlegging, Verdenskafé"
    assert band[6] == "Biblioteket, Ungdomsrådet"
    assert band[10] == timezone.localtime(stories["band"].first_published_at).date()
    # A title that looks like a formula is a text cell, not a formula.
    [cell] = [cell for cell in workbook.active["B"] if "HYPERLINK" in str(cell.value)]
    assert cell.data_type == "s"


def test_the_report_page_and_menu_for_advisers(adviser_client, stories):
    response = adviser_client.get(URL)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Band på biblioteket" in soup.find("table", class_="listing").get_text()
    assert soup.find("a", href=lambda href: href and "export=xlsx" in href) is not None
    # The reports menu links to it.
    assert URL in adviser_client.get("/admin/").content.decode()


def test_editors_are_refused(stories, editor_client):
    # The stories first: the editor's municipality is then another than theirs.
    for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
        response = editor_client.get(URL, params)
        assert response.status_code in (302, 403), params
        assert b"Band p" not in response.content
    assert "Erfaringer – eksport" not in editor_client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, stories):
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
