"""The methods booklet: all public methods, or a theme's, as one PDF with real text (read
back here with pypdf), for the advisers only."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from . import factories
from .factories import step
from .helpers import needs_pango

pytestmark = pytest.mark.django_db

CHOICES = "/admin/metodehefte/"
PDF = "/admin/metodehefte/pdf/"


def pdf_pages(content):
    reader = PdfReader(io.BytesIO(content))
    return [" ".join(page.extract_text().split()) for page in reader.pages], reader


@pytest.fixture
def methods():
    theme = factories.ThemeFactory(name="Ungdomsmedvirkning", slug="ungdomsmedvirkning")
    kart = factories.MethodPageFactory(
        title="Aktørkart",
        summary="Et kart over hvem som kan bidra – og hvordan.",
        themes=[theme],
        steps=[
            step("Skriv opp aktørene", "Én lapp for hver – «biblioteket», «ungdomsrådet»."),
            step("Tegn forbindelsene", "Trekk streker mellom dem som samarbeider."),
        ],
        preparation=factories.rich("<p>Store ark og tusjer i fire farger.</p>"),
        source_title="KS: «La oss gjøre det sammen!»",
        source_licence="cc-by-nc-sa-4.0",
    )
    kafe = factories.MethodPageFactory(title="Verdenskafé", source_licence="opphavsrett")
    return theme, kart, kafe


def test_the_adviser_downloads_all_methods_as_one_booklet(adviser_client, methods):
    needs_pango()
    _theme, kart, kafe = methods
    secret = factories.MethodPageFactory(title="Medlemsmetode")
    secret.view_restrictions.create(restriction_type="login")
    response = adviser_client.get(PDF)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="metodehefte.pdf"'
    pages, reader = pdf_pages(response.content)
    assert reader.metadata.title == "Metodehefte"

    title_page, contents, *method_pages = pages
    assert "Metodehefte" in title_page
    assert "2 metoder for samskaping og samhandling" in title_page
    # The contents name each method with the page it starts on (after title and contents).
    assert re.search(r"^Innhold Aktørkart \.+ 3 Verdenskafé \.+ 4 ", contents), contents
    assert method_pages[0].startswith("Aktørkart Et kart over hvem")
    assert method_pages[1].startswith("Verdenskafé")

    text = " ".join(method_pages)
    for expected in [
        "Et kart over hvem som kan bidra – og hvordan.",  # summary
        "Fase",  # facts
        "Deltakere 8–30 deltakere",
        "Forberedelser og materiell Store ark og tusjer i fire farger.",
        "1. Skriv opp aktørene",
        "Én lapp for hver – «biblioteket», «ungdomsrådet».",
        "2. Tegn forbindelsene",
        "Kilde og lisens KS: «La oss gjøre det sammen!»",
        "Lisens: CC BY-NC-SA 4.0",
        "Opphavsrettslig beskyttet (omtalt med egne ord)",  # Verdenskafé's licence
        kart.full_url,
    ]:
        assert expected in text, expected
    assert "Medlemsmetode" not in " ".join(pages)
    assert kafe.title in text


def test_a_themes_booklet_holds_only_its_methods(adviser_client, methods):
    needs_pango()
    theme, _kart, _kafe = methods
    response = adviser_client.get(PDF, {"tema": theme.slug})
    assert response.status_code == 200
    assert 'filename="metodehefte-ungdomsmedvirkning.pdf"' in response["Content-Disposition"]
    pages, reader = pdf_pages(response.content)
    assert reader.metadata.title == "Metoder: Ungdomsmedvirkning"
    assert "1 metode for samskaping og samhandling, om ungdomsmedvirkning." in pages[0]
    text = " ".join(pages)
    assert "Aktørkart" in text
    assert "Verdenskafé" not in text
    assert adviser_client.get(PDF, {"tema": "finnes-ikke"}).status_code == 404


def test_the_advisers_screen_offers_all_and_each_theme(adviser_client, methods):
    theme, _kart, _kafe = methods
    factories.ThemeFactory(name="Tema uten metoder")
    response = adviser_client.get(CHOICES)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    links = {" ".join(a.get_text().split()): a["href"] for a in soup.select("ul.listing a")}
    assert links == {
        "Alle metoder": PDF,
        "Tema: Ungdomsmedvirkning": f"{PDF}?tema={theme.slug}",
    }
    assert "(2 metoder)" in soup.select_one("ul.listing").get_text()
    # Reachable from the admin's menu (Rapporter).
    home = adviser_client.get("/admin/")
    assert CHOICES.encode() in home.content


def test_editors_are_refused_the_booklet(editor_client, methods):
    for url in (CHOICES, PDF):
        response = editor_client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert response.get("Content-Type", "").startswith("text/html")
    assert CHOICES.encode() not in editor_client.get("/admin/").content


def test_visitors_are_sent_to_the_login(client, methods):
    response = client.get(PDF)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
