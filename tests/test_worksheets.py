"""Worksheets made from a method's own content: a PDF with real text (read back here) and,
for SoImpact, a spreadsheet with a column for each of its six steps."""

import io

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from pypdf import PdfReader

from kb.methods.worksheets import SOIMPACT_COLUMNS

from . import factories
from .factories import step
from .helpers import needs_pango

pytestmark = pytest.mark.django_db


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_a_worksheet_pdf_holds_the_methods_own_steps_as_text(client):
    needs_pango()
    steps = [
        step("Kartlegg partnerne", "Skriv opp hvem som har lokaler, utstyr og kontakter."),
        step("Velg målgruppe", "Bli enige om én målgruppe – «ungdom 13–19 år» – og ett mål."),
    ]
    method = factories.MethodPageFactory(
        title="Partnerskapskart for Røst", steps=steps, worksheet="pdf"
    )
    response = client.get(method.url + "arbeidsark/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text, reader = pdf_text(response.content)
    assert reader.metadata.title == "Arbeidsark: Partnerskapskart for Røst"
    flat = " ".join(text.split())
    assert "Partnerskapskart for Røst" in flat
    for _type, value in steps:
        assert value["title"] in flat
    assert "Skriv opp hvem som har lokaler, utstyr og kontakter." in flat
    # Dashes and Norwegian quotes are real glyphs, not boxes.
    assert "«ungdom 13–19 år»" in flat
    assert "CC BY-NC-SA 4.0" in flat


def test_the_method_page_links_its_worksheets(client):
    method = factories.MethodPageFactory(worksheet="soimpact")
    soup = BeautifulSoup(client.get(method.url).content, "html.parser")
    links = [a["href"] for a in soup.find(id="method-worksheet").find_parent("section").select("a")]
    assert links == [method.url + "arbeidsark/", method.url + "soimpact-regneark/"]


def test_a_method_without_a_worksheet_has_none(client):
    method = factories.MethodPageFactory(worksheet="")
    assert client.get(method.url + "arbeidsark/").status_code == 404
    assert client.get(method.url + "soimpact-regneark/").status_code == 404
    soup = BeautifulSoup(client.get(method.url).content, "html.parser")
    assert soup.find(id="method-worksheet") is None


def test_the_soimpact_spreadsheet_opens_with_the_six_steps_as_columns(client):
    method = factories.MethodPageFactory(title="SoImpact", worksheet="soimpact")
    response = client.get(method.url + "soimpact-regneark/")
    assert response.status_code == 200
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["SoImpact", "Slik gjør dere"]
    header = [cell.value for cell in workbook["SoImpact"][1]]
    assert header == [title for title, _hint in SOIMPACT_COLUMNS]
    assert len(header) == 6
    assert header[2].startswith("3. Målgruppe")
    guide = [row[0] for row in workbook["Slik gjør dere"].iter_rows(values_only=True) if row]
    assert f"1. {method.steps[0].value['title']}" in guide
    # Only SoImpact has the spreadsheet.
    other = factories.MethodPageFactory(worksheet="pdf")
    assert client.get(other.url + "soimpact-regneark/").status_code == 404
