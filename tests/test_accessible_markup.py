"""Structural accessibility checks on every public page type (WCAG 2.1 AA basics that can
be read from the HTML): language, skip link, landmarks, one h1, heading order, alt texts,
labels on form controls, unique ids. Contrast and focus are checked by eye and, later, in
the browser journeys."""

import re

import pytest
from bs4 import BeautifulSoup

from . import factories
from .factories import image_block, material, paragraph, session

pytestmark = pytest.mark.django_db

NOT_LABELLED = {"hidden", "submit", "button"}


def structure_problems(html):
    """What breaks the rules in the docstring above, as readable strings."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    if soup.html.get("lang") != "nb":
        problems.append(f"lang is {soup.html.get('lang')!r}")
    first_link = soup.find("a", href=True)
    if first_link is None or first_link["href"] != "#main":
        problems.append("the first link should skip to the content (#main)")
    for landmark in ("header", "nav", "main", "footer"):
        if soup.find(landmark) is None:
            problems.append(f"no <{landmark}>")
    levels = [int(h.name[1]) for h in soup.find_all(re.compile(r"^h[1-6]$"))]
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} h1 elements")
    if levels and levels[0] != 1:
        problems.append("the h1 does not come first")
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            problems.append(f"h{before} is followed by h{after}")
    problems += [f"img without alt: {img.get('src')}" for img in soup.find_all("img", alt=None)]
    ids = [element["id"] for element in soup.find_all(id=True)]
    problems += [f"duplicate id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    labelled = {label["for"] for label in soup.find_all("label", attrs={"for": True})}
    for control in soup.find_all(["input", "select", "textarea"]):
        if control.get("type") in NOT_LABELLED or control.has_attr("aria-label"):
            continue
        if control.get("id") not in labelled:
            problems.append(f"control without a label: {control}")
    return problems


@pytest.fixture
def one_page_of_each_type(home):
    """Every public page type, each with the parts that add headings, images and forms."""
    theme = factories.ThemeFactory()
    method = factories.MethodPageFactory(themes=[theme], summary="Samskaping i kulturskolen.")
    municipality = factories.MunicipalityPageFactory()
    story = factories.CaseStoryPageFactory(
        parent=municipality,
        detailed=True,
        themes=[theme],
        methods_used=[method],
        body=[paragraph(), image_block(factories.KbImageFactory(), alt_text="")],
    )
    series = factories.EventSeriesPageFactory()
    event = factories.EventPageFactory(
        parent=series,
        themes=[theme],
        organisers=factories.EventOrganiserFactory.build_batch(2),
        programme=[
            session(
                materials=[material("Lysark", document=factories.DocumentFactory())],
            )
        ],
    )
    standard = factories.StandardPageFactory()
    factories.FeaturedMethodFactory(home=home, page=method)
    factories.FeaturedStoryFactory(home=home, page=story)
    return [
        home.url,
        standard.url,
        "/metoder/",
        method.url,
        "/erfaringer/",
        municipality.url,
        story.url,
        "/konferanser/",
        series.url,
        event.url,
        "/tema/",
        f"/tema/{theme.slug}/",
        "/sok/?q=kulturskolen",
        "/sok/?q=finnesikkeiindeksen",
        "/sok/",
        f"/moteplan/?legg_til={method.pk}",
        "/finnes-ikke/",
    ]


def test_every_page_type_has_accessible_structure(client, one_page_of_each_type):
    problems = {}
    for url in one_page_of_each_type:
        response = client.get(url)
        assert response.status_code == (404 if url == "/finnes-ikke/" else 200), url
        if found := structure_problems(response.content.decode()):
            problems[url] = found
    assert problems == {}


def test_the_checks_find_what_they_look_for():
    """The checker itself, on a page that breaks every rule once."""
    broken = """<html lang="en"><body><a href="/">Hjem</a><main>
        <h2>Først</h2><h1>En</h1><h1>To</h1><h4>Hopp</h4><img src="x.png">
        <p id="a"></p><p id="a"></p><input id="q" type="search"></main></body></html>"""
    assert structure_problems(broken) == [
        "lang is 'en'",
        "the first link should skip to the content (#main)",
        "no <header>",
        "no <nav>",
        "no <footer>",
        "2 h1 elements",
        "the h1 does not come first",
        "h1 is followed by h4",
        "img without alt: x.png",
        "duplicate id 'a'",
        'control without a label: <input id="q" type="search"/>',
    ]
